import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { showSecretLinks } from '../../../platform/server/mail/secret-links.ts';
import { outboxErrorKind } from './outbox-errors.ts';

/** A page of the association's outbox, newest first, with the total count. */
export async function listOutbox(
  db: Kysely<DB>,
  organizationId: string,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('outbox')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('created_at', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
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
      // A secret link is made only for the mail server, so there is none here to show.
      text: showSecretLinks(row.body_text),
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      errorKind: outboxErrorKind(row.status, row.last_error),
      nextAttemptAt:
        row.status === 'pending' && row.attempts > 0 ? row.next_attempt_at.toISOString() : null,
      canResend: row.status === 'failed' || (row.status === 'pending' && row.attempts > 0),
      createdAt: row.created_at.toISOString(),
      sentAt: row.sent_at ? row.sent_at.toISOString() : null,
    })),
    total: total.count,
  };
}

/** The message's status, or null when the association has no such message. */
export async function findOutboxStatus(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('outbox')
    .select('status')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status ?? null;
}
