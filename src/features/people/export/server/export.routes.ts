import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { getOrganization } from '../../../organizations/server/organizations.queries.ts';
import { registerSearchCondition } from '../../register/server/register.queries.ts';
import { exportRoutes as routes } from '../export.contract.ts';
import { exportPeople } from './export.service.ts';

/** Export of the register's search; organizers and admins only (the route table says so). */
export function registerExportRoutes(app: FastifyInstance) {
  addRoute(app, routes.exportPeople, async (request) => {
    const auth = getAuth(request);
    const { format, columns, ...search } = request.body;
    const organization = await getOrganization(app.db, auth.organizationId);
    const file = await exportPeople(app.db, {
      organizationId: auth.organizationId,
      slug: organization.slug,
      accountId: auth.accountId,
      format,
      columns,
      where: registerSearchCondition(search),
      // What was searched for may be a name or an address: the log says only what kind.
      describe: {
        search: {
          q: search.q ? '…' : null,
          localGroupId: search.localGroupId ?? null,
          isMember: search.isMember ?? null,
        },
      },
    });
    return {
      filename: file.filename,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
      count: file.count,
    };
  });
}
