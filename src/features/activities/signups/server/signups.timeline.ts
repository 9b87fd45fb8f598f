import type { Kysely, RawBuilder } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import {
  msTime,
  olderThan,
  type SourceEvent,
  type TimelineQuery,
  type TimelineSource,
} from '../../../../platform/server/timeline-source.ts';

/*
 * Sign-ups, their cancellations and attendance in a person's timeline. All three are rows of
 * `signups`, each with an id prefix of its own, so one sign-up can be three events.
 */

/**
 * A page of the person's sign-ups in this association, as events of `source` at `at`, newest
 * first. A source adds its own conditions (Kysely puts them in place whatever the call order).
 */
function signupRows(db: Kysely<DB>, query: TimelineQuery, source: string, at: RawBuilder<Date>) {
  return db
    .selectFrom('signups as su')
    .innerJoin('shifts as sh', 'sh.id', 'su.shift_id')
    .innerJoin('activities as a', 'a.id', 'sh.activity_id')
    .select([
      'su.id',
      'su.status',
      'su.source',
      'su.booked_by',
      'su.attended',
      'sh.id as shift_id',
      'sh.title as shift_title',
      'sh.starts_at as shift_starts_at',
      'sh.ends_at as shift_ends_at',
      'a.id as activity_id',
      'a.title as activity_title',
      at.as('at'),
    ])
    .where('su.organization_id', '=', query.organizationId)
    .where('su.person_id', '=', query.personId)
    .where(olderThan(query.before, source, at, 'su.id'))
    .orderBy(at, 'desc')
    .orderBy('su.id', 'desc')
    .limit(query.limit);
}

type Row = Awaited<ReturnType<ReturnType<typeof signupRows>['execute']>>[number];

function place(source: string, row: Row) {
  return {
    id: `${source}:${row.id}`,
    at: row.at.toISOString(),
    activity: { id: row.activity_id, title: row.activity_title },
    shift: {
      id: row.shift_id,
      title: row.shift_title,
      startsAt: row.shift_starts_at.toISOString(),
      endsAt: row.shift_ends_at.toISOString(),
    },
  };
}

/** Signing up (at the sign-up's creation), with its status now; bookings name who booked. */
const signupsSource: TimelineSource = async (db, query) => {
  const rows = await signupRows(db, query, 'signup', msTime('su.created_at')).execute();
  return rows.map((row): SourceEvent => ({
    ...place('signup', row),
    actorAccountId: row.source === 'booked' ? row.booked_by : null,
    kind: 'signup',
    source: row.source,
    status: row.status,
  }));
};

/** A cancelled sign-up, at its cancellation; who cancelled (they or an organizer) is not kept. */
const signupCancellationsSource: TimelineSource = async (db, query) => {
  const rows = await signupRows(db, query, 'unsignup', msTime('su.cancelled_at'))
    .where('su.cancelled_at', 'is not', null)
    .execute();
  return rows.map((row): SourceEvent => ({
    ...place('unsignup', row),
    actorAccountId: null,
    kind: 'signupCancelled',
  }));
};

/** Attendance once marked (there or a no-show), at the shift's end. */
const attendanceSource: TimelineSource = async (db, query) => {
  const rows = await signupRows(db, query, 'attendance', msTime('sh.ends_at'))
    .where('su.attended', 'is not', null)
    .execute();
  return rows.map((row): SourceEvent => ({
    ...place('attendance', row),
    actorAccountId: null,
    kind: 'attendance',
    attended: row.attended === true,
  }));
};

/** Sign-ups' part of a person's timeline. */
export const signupsTimeline: TimelineSource[] = [
  signupsSource,
  signupCancellationsSource,
  attendanceSource,
];
