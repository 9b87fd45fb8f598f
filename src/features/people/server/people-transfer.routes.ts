import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../server/plugins/auth.ts';
import { addRoute } from '../../../server/route.ts';
import { getOrganization } from '../../organizations/server/organizations.queries.ts';
import { getList } from '../../lists/server/lists.queries.ts';
import { transferRoutes as routes } from '../people-transfer.contract.ts';
import { exportPeople } from './export.service.ts';
import { importPeople, previewImport } from './import.service.ts';

/** Import and export of people; organizers and admins only (the route table says so). */
export function registerPeopleTransferRoutes(app: FastifyInstance) {
  addRoute(app, routes.previewImport, async (request) => {
    const { filename, contentBase64, mapping } = request.body;
    return previewImport(Buffer.from(contentBase64, 'base64'), filename, mapping);
  });

  addRoute(app, routes.importPeople, async (request) => {
    const auth = getAuth(request);
    const { filename, contentBase64, mapping, onMatch, isDryRun } = request.body;
    return importPeople(app.db, Buffer.from(contentBase64, 'base64'), filename, {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      mapping,
      onMatch,
      isDryRun,
    });
  });

  addRoute(app, routes.exportPeople, async (request) => {
    const auth = getAuth(request);
    const { listId, filter, format, columns } = request.body;
    const organization = await getOrganization(app.db, auth.organizationId);
    const list = listId ? await getList(app.db, auth, listId) : undefined;
    const file = await exportPeople(app.db, {
      organizationId: auth.organizationId,
      slug: organization.slug,
      accountId: auth.accountId,
      format,
      list,
      filter,
      columns,
    });
    return {
      filename: file.filename,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
      count: file.count,
    };
  });
}
