import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { customFieldRoutes as routes } from '../custom-fields.contract.ts';
import {
  createCustomField,
  deleteCustomField,
  listCustomFields,
  updateCustomField,
} from './custom-fields.queries.ts';

export function registerCustomFieldRoutes(app: FastifyInstance) {
  addRoute(app, routes.listCustomFields, async (request) => ({
    items: await listCustomFields(app.db, getAuth(request).organizationId),
  }));
  addRoute(app, routes.createCustomField, async (request) =>
    createCustomField(app.db, getAuth(request).organizationId, request.body),
  );
  addRoute(app, routes.updateCustomField, async (request) =>
    updateCustomField(app.db, getAuth(request).organizationId, request.params.id, request.body),
  );
  addRoute(app, routes.deleteCustomField, async (request) => {
    await deleteCustomField(app.db, getAuth(request).organizationId, request.params.id);
    return { ok: true as const };
  });
}
