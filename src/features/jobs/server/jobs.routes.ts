import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { jobRoutes } from '../jobs.contract.ts';
import { listJobOverview } from './jobs-admin.queries.ts';

export function registerJobRoutes(app: FastifyInstance) {
  addRoute(app, jobRoutes.listJobs, async (request) =>
    listJobOverview(app.db, getAuth(request).organizationId, request.query),
  );
}
