import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { mailRoutes } from '../mail.contract.ts';
import { listOutbox } from './outbox.queries.ts';

export function registerOutboxRoutes(app: FastifyInstance) {
  addRoute(app, mailRoutes.listOutbox, async (request) => ({
    ...(await listOutbox(app.db, getAuth(request).organizationId, request.query)),
    isDelivering: app.mailer.isDelivering,
  }));
}
