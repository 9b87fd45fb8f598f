import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../../db/schema.ts';

// A person's timeline as an extension point. It is consumed by the timeline module, which merges
// the events of every module's sources in time order; each module that keeps data about people
// contributes sources with the SQL on its own tables (`ServerModule.timeline`).
//
// The timeline is ordered by time, newest first, then by event id (`<prefix>:<uuid>`), so that
// events at the same millisecond still have one order. A page ends at a cursor: the last
// event's time and id. Every source answers "my newest events strictly before the cursor".

export interface TimelineCursor {
  /** ISO time, to the millisecond. */
  at: string;
  id: string;
}

export interface TimelineQuery {
  organizationId: string;
  personId: string;
  viewer: { accountId: string; isAdmin: boolean };
  before: TimelineCursor | null;
  limit: number;
}

/**
 * An event as a source finds it: who did it by account id (the timeline adds their name), and
 * the fields of its kind, which the contributing module declares in its own contract. The kernel
 * does not know the kinds; the timeline's contract checks them.
 */
export type SourceEvent = {
  /** `<prefix>:<row id>`, the prefix the source pages by (see `olderThan`). */
  id: string;
  at: string;
  kind: string;
  actorAccountId: string | null;
} & Record<string, unknown>;

/** Finds up to `query.limit` of a person's events older than `query.before`, newest first. */
export type TimelineSource = (db: Kysely<DB>, query: TimelineQuery) => Promise<SourceEvent[]>;

/** A time column cut to milliseconds: what JavaScript dates hold, so cursors compare exactly. */
export function msTime(column: string): RawBuilder<Date> {
  return sql<Date>`date_trunc('milliseconds', ${sql.ref(column)})`;
}

/**
 * Rows with event ids `${prefix}:${id}` older than the cursor in the timeline's order. `at` is
 * the row's time (from `msTime`), `id` its uuid column.
 */
export function olderThan(
  cursor: TimelineCursor | null,
  prefix: string,
  at: RawBuilder<Date>,
  id: string,
): RawBuilder<SqlBool> {
  if (!cursor) return sql<SqlBool>`true`;
  const start = `${prefix}:`;
  // At the cursor's own millisecond the id decides; uuids order alike as text and as bytes.
  const sameTime = cursor.id.startsWith(start)
    ? sql<SqlBool>`${sql.ref(id)} < ${cursor.id.slice(start.length)}::uuid`
    : start < cursor.id
      ? sql<SqlBool>`true`
      : sql<SqlBool>`false`;
  const time = sql`${cursor.at}::timestamptz`;
  return sql<SqlBool>`(${at} < ${time} or (${at} = ${time} and ${sameTime}))`;
}
