import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { activityTypeRoutes as routes } from '../activity-types.contract.ts';
import {
  createActivityType,
  listActivityTypes,
  updateActivityType,
} from './activity-types.queries.ts';

export function registerActivityTypeRoutes(app: FastifyInstance) {
  const org = (request: Parameters<typeof getAuth>[0]) => getAuth(request).organizationId;

  addRoute(app, routes.listActivityTypes, async (request) => ({
    items: await listActivityTypes(app.db, org(request)),
  }));
  addRoute(app, routes.createActivityType, async (request) =>
    createActivityType(app.db, org(request), request.body.name),
  );
  addRoute(app, routes.updateActivityType, async (request) =>
    updateActivityType(app.db, org(request), request.params.id, request.body),
  );
}
