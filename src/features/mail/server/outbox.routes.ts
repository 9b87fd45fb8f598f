import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { mailRoutes } from '../mail.contract.ts';
import { listOutbox } from './outbox.queries.ts';

export function registerOutboxRoutes(app: FastifyInstance) {
  addRoute(app, mailRoutes.listOutbox, async (request) => {
    const page = await listOutbox(app.db, getAuth(request).organizationId, request.query);
    // The messages name their recipients: how many different ones the page shows.
    await auditPeopleRead(request, {
      list: 'outbox',
      page: request.query,
      count: new Set(page.items.map((message) => message.to)).size,
    });
    return { ...page, isDelivering: app.mailer.isDelivering };
  });
}
