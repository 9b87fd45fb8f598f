import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { createSecret } from '../../../platform/server/secrets.ts';

// A person's choice to leave a kind of mail to many (a topic: activity reminders and notices).
// Each person has one random token per topic; it can only unsubscribe, so it is stored as is and
// goes out in the List-Unsubscribe header of every such message.

export type MailTopic = 'activities';

/**
 * Where the person leaves mail of `topic`, to put in a message to many; null when they already
 * have (then the message is not sent). Makes the person's token the first time.
 */
export async function findUnsubscribeUrl(
  db: Kysely<DB>,
  input: { organizationId: string; personId: string; topic: MailTopic; publicUrl: string },
): Promise<string | null> {
  await db
    .insertInto('mail_preferences')
    .values({
      organization_id: input.organizationId,
      person_id: input.personId,
      topic: input.topic,
      token: createSecret(),
    })
    .onConflict((oc) => oc.columns(['person_id', 'topic']).doNothing())
    .execute();
  const row = await db
    .selectFrom('mail_preferences')
    .select(['token', 'unsubscribed_at'])
    .where('organization_id', '=', input.organizationId)
    .where('person_id', '=', input.personId)
    .where('topic', '=', input.topic)
    .executeTakeFirstOrThrow();
  return row.unsubscribed_at ? null : `${input.publicUrl}/unsubscribe?token=${row.token}`;
}

/** What a token leaves, for the unsubscribe page; null when no such token. */
export async function findUnsubscribeInfo(db: Kysely<DB>, token: string) {
  const row = await db
    .selectFrom('mail_preferences as mp')
    .innerJoin('organizations as o', 'o.id', 'mp.organization_id')
    .select(['o.name', 'mp.topic', 'mp.unsubscribed_at'])
    .where('mp.token', '=', token)
    .executeTakeFirst();
  return row
    ? {
        organizationName: row.name,
        topic: row.topic as MailTopic,
        isUnsubscribed: row.unsubscribed_at !== null,
      }
    : null;
}

/** Records that the token's person leaves its topic (once: a second time changes nothing). */
export async function unsubscribeByToken(db: Kysely<DB>, token: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_preferences')
    .set({ unsubscribed_at: new Date() })
    .where('token', '=', token)
    .where('unsubscribed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Which of `personIds` have left mail of `topic`. */
export async function listUnsubscribedPersonIds(
  db: Kysely<DB>,
  organizationId: string,
  personIds: string[],
  topic: MailTopic,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('mail_preferences')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('person_id', 'in', personIds)
    .where('topic', '=', topic)
    .where('unsubscribed_at', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.person_id));
}
