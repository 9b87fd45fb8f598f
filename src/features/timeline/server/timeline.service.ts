import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type {
  SourceEvent,
  TimelineQuery,
  TimelineSource,
} from '../../../platform/server/timeline-source.ts';
import { TimelineEvent } from '../timeline.contract.ts';
import { compareEvents, encodeCursor } from './timeline-cursor.ts';

/** Names of the accounts that did something, by account id. */
async function actorNames(db: Kysely<DB>, organizationId: string, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, { firstName: string; lastName: string }>();
  const rows = await db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'p.first_name', 'p.last_name'])
    .where('a.organization_id', '=', organizationId)
    .where('a.id', 'in', accountIds)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { firstName: row.first_name, lastName: row.last_name }]),
  );
}

/**
 * Puts the actors' names on events found by sources, and checks each against the contract's
 * union of every module's event kinds (the kernel does not know them).
 */
export async function withActors(
  db: Kysely<DB>,
  organizationId: string,
  events: SourceEvent[],
): Promise<TimelineEvent[]> {
  const ids = [...new Set(events.flatMap((e) => (e.actorAccountId ? [e.actorAccountId] : [])))];
  const names = await actorNames(db, organizationId, ids);
  return events.map(({ actorAccountId, ...event }) => {
    const name = actorAccountId ? names.get(actorAccountId) : undefined;
    return TimelineEvent.parse({
      ...event,
      actor: actorAccountId && name ? { accountId: actorAccountId, ...name } : null,
    });
  });
}

/**
 * One page of a person's timeline, from the sources the modules contribute (the app's, in
 * module order; a test may pass its own). Each source gives its newest `limit + 1` events before the
 * cursor; the newest `limit` of them all are the page, and one more means there is a next page.
 */
export async function listTimeline(
  db: Kysely<DB>,
  query: TimelineQuery,
  sources: readonly TimelineSource[],
) {
  const found: SourceEvent[] = [];
  // One after the other: PGlite has a single connection, and each source is one small query.
  for (const source of sources)
    found.push(...(await source(db, { ...query, limit: query.limit + 1 })));
  found.sort(compareEvents);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await withActors(db, query.organizationId, page),
    nextCursor: found.length > query.limit && last ? encodeCursor(last) : null,
  };
}
