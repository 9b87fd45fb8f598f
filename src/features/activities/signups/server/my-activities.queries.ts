import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { selectActivities, withShifts } from '../../schedule/server/activities.queries.ts';
import { waitingPosition } from '../../schedule/server/shifts.queries.ts';

/** Min sida shows the next few; the whole list is the feed's (`/feed`). */
const GROUP_ACTIVITY_LIMIT = 5;
const GROUP_ACTIVITY_SPAN_MS = 60 * 86_400_000;

/** A person's live sign-ups on shifts that have not ended, by start (cancelled activities too). */
export async function listUpcomingSignups(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  now = new Date(),
) {
  const rows = await db
    .selectFrom('signups as su')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select([
      'su.id',
      'su.status',
      waitingPosition().as('position'),
      's.id as shift_id',
      's.title as shift_title',
      's.starts_at',
      's.ends_at',
      'a.id as activity_id',
      'a.title',
      'a.place',
      'a.cancelled_at',
      'a.signup_cutoff_minutes',
    ])
    .where('su.organization_id', '=', organizationId)
    .where('su.person_id', '=', personId)
    .where('su.status', '<>', 'cancelled')
    .where('s.ends_at', '>', now)
    .orderBy('s.starts_at')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    waitingPosition: row.position === null ? null : Number(row.position),
    shift: {
      id: row.shift_id,
      title: row.shift_title,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
    },
    activity: {
      id: row.activity_id,
      title: row.title,
      place: row.place,
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
    },
    canCancelUntil: new Date(
      row.starts_at.getTime() - row.signup_cutoff_minutes * 60_000,
    ).toISOString(),
  }));
}

/**
 * Upcoming published activities of the person's local group and of the whole association, for
 * the next two months (the first few), with the person's own sign-ups marked on each shift.
 */
export async function listGroupActivities(
  db: Kysely<DB>,
  organizationId: string,
  person: { id: string; localGroupId: string | null },
  now = new Date(),
) {
  // Only what is published, whatever the reader manages: this is their feed, not the calendar.
  const rows = await selectActivities(db, organizationId)
    .where('a.visibility', '<>', 'draft')
    .where((eb) => eb.or([eb('a.publish_at', 'is', null), eb('a.publish_at', '<=', now)]))
    .where('a.cancelled_at', 'is', null)
    .where('a.ends_at', '>', now)
    .where('a.starts_at', '<', new Date(now.getTime() + GROUP_ACTIVITY_SPAN_MS))
    .where((eb) =>
      person.localGroupId
        ? eb.or([
            eb('a.local_group_id', 'is', null),
            eb('a.local_group_id', '=', person.localGroupId),
          ])
        : eb('a.local_group_id', 'is', null),
    )
    .orderBy('a.starts_at')
    .limit(GROUP_ACTIVITY_LIMIT)
    .execute();
  return withShifts(db, rows, person.id);
}

/** "Min sida": everything upcoming for one person. */
export async function listMyActivities(db: Kysely<DB>, organizationId: string, personId: string) {
  const person = await db
    .selectFrom('people')
    .select('local_group_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return {
    signups: await listUpcomingSignups(db, organizationId, personId),
    groupActivities: await listGroupActivities(db, organizationId, {
      id: personId,
      localGroupId: person.local_group_id,
    }),
  };
}
