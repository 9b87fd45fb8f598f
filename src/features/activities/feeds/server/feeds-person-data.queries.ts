import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { MergeScope, PersonScope } from '../../../../platform/server/person-data.ts';

// The feeds capability's part in "my data", erasure and merging: personal calendar feeds.

type Db = Kysely<DB>;

/**
 * The person's feed addresses, stopped ones too. Only a hash of each secret address is kept,
 * so the address itself cannot be shown: when it was made, last read and stopped.
 */
export async function listCalendarFeedsOf(db: Db, { organizationId, personId }: PersonScope) {
  const rows = await db
    .selectFrom('calendar_feeds')
    .select(['created_at', 'last_used_at', 'revoked_at'])
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  }));
}

/** Erasure: no feed address may go on serving the sign-ups of an erased person. */
export async function eraseCalendarFeeds(trx: Db, { organizationId, personId }: PersonScope) {
  await trx
    .deleteFrom('calendar_feeds')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();
}

/**
 * Merging: a person has at most one live feed. When both records have one, the kept record's
 * goes on; the merged one's stops (its calendar app then asks for a new address).
 */
export async function mergeCalendarFeeds(trx: Db, { organizationId, keepId, mergeId }: MergeScope) {
  const kept = await trx
    .selectFrom('calendar_feeds')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', keepId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!kept) return;
  await trx
    .updateTable('calendar_feeds')
    .set({ revoked_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', mergeId)
    .where('revoked_at', 'is', null)
    .execute();
}
