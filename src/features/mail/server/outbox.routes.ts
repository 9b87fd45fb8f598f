import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../server/plugins/auth.ts';
import { addRoute } from '../../../server/route.ts';
import { mailRoutes } from '../mail.contract.ts';

export function registerOutboxRoutes(app: FastifyInstance) {
  addRoute(app, mailRoutes.listOutbox, async (request) => {
    const organizationId = getAuth(request).organizationId;
    const { limit, offset } = request.query;
    const [rows, total] = await Promise.all([
      app.db
        .selectFrom('outbox')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
      app.db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        text: row.body_text,
        status: row.status,
        attempts: row.attempts,
        lastError: row.last_error,
        createdAt: row.created_at.toISOString(),
        sentAt: row.sent_at ? row.sent_at.toISOString() : null,
      })),
      total: total.count,
      isDelivering: app.mailer.isDelivering,
    };
  });
}
