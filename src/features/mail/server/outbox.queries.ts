import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { showSecretLinks } from '../../../platform/server/mail/secret-links.ts';

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
      createdAt: row.created_at.toISOString(),
      sentAt: row.sent_at ? row.sent_at.toISOString() : null,
    })),
    total: total.count,
  };
}
