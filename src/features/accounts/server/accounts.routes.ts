import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { accountRoutes as routes } from '../accounts.contract.ts';
import { listAccounts, updateAccountRole } from './accounts.queries.ts';

export function registerAccountRoutes(app: FastifyInstance) {
  addRoute(app, routes.listAccounts, async (request) => {
    const items = await listAccounts(app.db, getAuth(request).organizationId);
    await auditPeopleRead(request, { list: 'accounts', count: items.length });
    return { items };
  });

  addRoute(app, routes.updateAccount, async (request) =>
    updateAccountRole(
      app.db,
      getAuth(request).organizationId,
      request.params.id,
      request.body.role,
    ),
  );
}
