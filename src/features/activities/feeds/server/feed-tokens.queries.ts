import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { createSecret, hashSecret } from '../../../../platform/server/secrets.ts';

// A personal feed's address carries a secret; only its hash is stored, so the address is shown
// once, when made. Making a new one revokes the old.

export async function findLiveFeed(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('calendar_feeds')
    .select(['created_at', 'last_used_at'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeFeeds(db: Kysely<DB>, personId: string): Promise<void> {
  await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: new Date() })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A new secret address for the person; the old one stops working in the same transaction. */
export async function createFeed(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<{ token: string; createdAt: Date }> {
  const token = createSecret();
  const row = await db.transaction().execute(async (trx) => {
    await revokeFeeds(trx, personId);
    return trx
      .insertInto('calendar_feeds')
      .values({
        organization_id: organizationId,
        person_id: personId,
        token_hash: hashSecret(token),
      })
      .returning('created_at')
      .executeTakeFirstOrThrow();
  });
  return { token, createdAt: row.created_at };
}

/** The person a live secret belongs to, if any; notes the use at most once an hour. */
export async function findFeedOwner(db: Kysely<DB>, token: string) {
  const feed = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('people as p', 'p.id', 'f.person_id')
    .select(['f.id', 'f.organization_id', 'f.person_id', 'f.last_used_at'])
    .where('f.token_hash', '=', hashSecret(token))
    .where('f.revoked_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .executeTakeFirst();
  if (!feed) return undefined;
  if (!feed.last_used_at || Date.now() - feed.last_used_at.getTime() > 3_600_000) {
    await db
      .updateTable('calendar_feeds')
      .set({ last_used_at: new Date() })
      .where('id', '=', feed.id)
      .execute();
  }
  return { organizationId: feed.organization_id, personId: feed.person_id };
}
