import { CompiledQuery, type Kysely } from 'kysely';
import { INVALIDATION_CHANNEL, NOTIFY_SQL } from '../../../db/invalidations.ts';
import type { DB } from '../../../db/schema.ts';

// The kernel's invalidation channel. A write that changes what a cache holds publishes the keys
// of the entries it outdates, inside its own transaction; once it commits, every process drops
// those entries (db/invalidations.ts carries them). Keys name what changed, not which cache
// holds it: each cache decides which of its entries a key concerns.

/**
 * A key the code publishes: a topic and an id. `session` takes a session's id (the token's hash).
 * Triggers publish others (migration 0013: `activities:<organization id>`, `person:<id>`).
 */
export type InvalidationKey = `${'session' | 'account' | 'person' | 'local-group'}:${string}`;

export const sessionKey = (sessionId: string): InvalidationKey => `session:${sessionId}`;
export const accountKey = (accountId: string): InvalidationKey => `account:${accountId}`;
/** Everything about a person: their account, their sessions, the groups they coordinate. */
export const personKey = (personId: string): InvalidationKey => `person:${personId}`;
/** Who coordinates the group. */
export const localGroupKey = (groupId: string): InvalidationKey => `local-group:${groupId}`;

/**
 * Publishes keys with the write that outdates them: pass the writing transaction (or the
 * database handle for a single statement). Nothing is delivered if the transaction rolls back.
 */
export async function invalidate(db: Kysely<DB>, ...keys: InvalidationKey[]): Promise<void> {
  if (keys.length === 0) return;
  await db.executeQuery(CompiledQuery.raw(NOTIFY_SQL, [INVALIDATION_CHANNEL, keys.join(' ')]));
}

/**
 * A delivered key's topic and id. `*` (notices may have been missed) comes as the topic
 * `everything`: it concerns every entry of every cache.
 */
export function splitKey(key: string): { topic: string; id: string } {
  if (key === '*') return { topic: 'everything', id: '' };
  const colon = key.indexOf(':');
  return colon < 0
    ? { topic: key, id: '' }
    : { topic: key.slice(0, colon), id: key.slice(colon + 1) };
}
