import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { mailRoutes } from '../mail.contract.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { findOutboxStatus, listOutbox } from './outbox.queries.ts';

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

  // Shows nothing the outbox page did not, and sends the message only to its own recipient:
  // the server log names the message (mail.service.ts), not the audit log.
  addRoute(app, mailRoutes.resendOutboxMessage, async (request) => {
    const { organizationId } = getAuth(request);
    const { id } = request.params;
    if ((await findOutboxStatus(app.db, organizationId, id)) === null) {
      throw new AppError('not_found', 'No such message');
    }
    if (!(await app.mailer.requeue(organizationId, id))) {
      throw new AppError('conflict', 'The message is not waiting or failed', {
        errors: [{ path: 'params.id', code: 'not_resendable', message: 'Not failed' }],
      });
    }
    return { status: (await findOutboxStatus(app.db, organizationId, id)) ?? 'pending' };
  });
}
