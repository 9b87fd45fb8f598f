import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { TimelineEvent } from '../timeline.contract.ts';

/*
 * The timeline is ordered by time, newest first, then by event id (`<source>:<uuid>`), so that
 * events at the same millisecond still have one order. A page ends at a cursor: the last
 * event's time and id. Every source answers "my newest events strictly before the cursor".
 */

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

type WithoutActor<T> = T extends unknown ? Omit<T, 'actor'> : never;

/** An event as a source finds it: who did it by account id; the service adds their name. */
export type SourceEvent = WithoutActor<TimelineEvent> & { actorAccountId: string | null };

/** Finds up to `query.limit` of a person's events older than `query.before`, newest first. */
export type TimelineSource = (db: Kysely<DB>, query: TimelineQuery) => Promise<SourceEvent[]>;

/** A time column cut to milliseconds: what JavaScript dates hold, so cursors compare exactly. */
export function msTime(column: string): RawBuilder<Date> {
  return sql<Date>`date_trunc('milliseconds', ${sql.ref(column)})`;
}

/**
 * Rows of `source` older than the cursor in the timeline's order. `at` is the row's time (from
 * `msTime`), `id` its uuid column; the event ids are `${source}:${id}`.
 */
export function olderThan(
  cursor: TimelineCursor | null,
  source: string,
  at: RawBuilder<Date>,
  id: string,
): RawBuilder<SqlBool> {
  if (!cursor) return sql<SqlBool>`true`;
  const prefix = `${source}:`;
  // At the cursor's own millisecond the id decides; uuids order alike as text and as bytes.
  const sameTime = cursor.id.startsWith(prefix)
    ? sql<SqlBool>`${sql.ref(id)} < ${cursor.id.slice(prefix.length)}::uuid`
    : prefix < cursor.id
      ? sql<SqlBool>`true`
      : sql<SqlBool>`false`;
  const time = sql`${cursor.at}::timestamptz`;
  return sql<SqlBool>`(${at} < ${time} or (${at} = ${time} and ${sameTime}))`;
}

/** Newest first, then the larger id first: the same order `olderThan` pages by. */
export function compareEvents(a: { at: string; id: string }, b: { at: string; id: string }) {
  const byTime = Date.parse(b.at) - Date.parse(a.at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const CursorShape = z.tuple([
  z.iso.datetime(),
  z.string().regex(/^[a-z]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
]);

export function encodeCursor(event: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([event.at, event.id])).toString('base64url');
}

export function decodeCursor(text: string | undefined): TimelineCursor | null {
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const result = CursorShape.safeParse(parsed);
  if (!result.success) {
    throw new AppError('validation', 'Not a cursor from this timeline', {
      errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Invalid cursor' }],
    });
  }
  return { at: result.data[0], id: result.data[1] };
}
