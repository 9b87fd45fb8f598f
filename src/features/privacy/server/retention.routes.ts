import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { privacyRoutes as routes } from '../privacy.contract.ts';
import {
  getRetentionOverview,
  listFlaggedPeople,
  updateRetentionMonths,
} from './retention.queries.ts';

/** The retention rule's setting and the contacts it flags; erasing them is `POST …/erase`. */
export function registerRetentionRoutes(app: FastifyInstance) {
  addRoute(app, routes.getRetention, async (request) =>
    getRetentionOverview(app.db, getAuth(request).organizationId),
  );

  addRoute(app, routes.updateRetention, async (request) => {
    const { organizationId } = getAuth(request);
    await updateRetentionMonths(app.db, organizationId, request.body.retentionMonths);
    return getRetentionOverview(app.db, organizationId);
  });

  addRoute(app, routes.listFlaggedPeople, async (request) => {
    const page = await listFlaggedPeople(app.db, getAuth(request).organizationId, request.query);
    await auditPeopleRead(request, {
      list: 'retention',
      page: request.query,
      count: page.items.length,
    });
    return page;
  });
}
