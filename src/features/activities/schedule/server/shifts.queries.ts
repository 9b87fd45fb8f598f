import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import type { SignupStatus } from '../../../../platform/shared/db-values.generated.ts';
import type { ShiftInput, ShiftSummary } from '../activities.contract.ts';

type Summary = z.output<typeof ShiftSummary>;

/** Shifts of the given activities with their fill counts, and the reader's own sign-up on each. */
export async function listShiftSummaries(
  db: Kysely<DB>,
  activityIds: string[],
  personId: string | null,
): Promise<Map<string, Summary[]>> {
  const byActivity = new Map<string, Summary[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .selectFrom('shifts as s')
    .leftJoin('signups as su', (join) =>
      join.onRef('su.shift_id', '=', 's.id').on('su.status', '<>', 'cancelled'),
    )
    .select((eb) => [
      's.id',
      's.activity_id',
      's.title',
      's.starts_at',
      's.ends_at',
      's.capacity',
      's.wanted',
      eb.fn.count<number>('su.id').filterWhere('su.status', '=', 'confirmed').as('confirmed'),
      eb.fn.count<number>('su.id').filterWhere('su.status', '=', 'waiting').as('waiting'),
    ])
    .where('s.activity_id', 'in', activityIds)
    .groupBy('s.id')
    .orderBy('s.starts_at')
    .orderBy('s.created_at')
    .execute();
  const mine = personId
    ? await listOwnSignups(
        db,
        personId,
        rows.map((row) => row.id),
      )
    : new Map();
  for (const row of rows) {
    const list = byActivity.get(row.activity_id) ?? [];
    list.push({
      id: row.id,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      capacity: row.capacity,
      wanted: row.wanted,
      confirmed: Number(row.confirmed),
      waiting: Number(row.waiting),
      mySignup: mine.get(row.id) ?? null,
    });
    byActivity.set(row.activity_id, list);
  }
  return byActivity;
}

export async function getShiftSummary(
  db: Kysely<DB>,
  shift: { id: string; activity_id: string },
  personId: string | null,
) {
  const summaries = await listShiftSummaries(db, [shift.activity_id], personId);
  const summary = summaries.get(shift.activity_id)?.find((s) => s.id === shift.id);
  if (!summary) throw new Error(`shift ${shift.id} vanished`);
  return summary;
}

/** Place on the waiting list: 1 for the first. */
export function waitingPosition() {
  return sql<number>`(case when su.status = 'waiting' then (
    select count(*) from signups w
    where w.shift_id = su.shift_id and w.status = 'waiting'
      and (w.waiting_since, w.id) <= (su.waiting_since, su.id)) end)`;
}

async function listOwnSignups(db: Kysely<DB>, personId: string, shiftIds: string[]) {
  const own = new Map<
    string,
    { id: string; status: SignupStatus; waitingPosition: number | null }
  >();
  if (shiftIds.length === 0) return own;
  const rows = await db
    .selectFrom('signups as su')
    .select(['su.id', 'su.shift_id', 'su.status', waitingPosition().as('position')])
    .where('su.person_id', '=', personId)
    .where('su.shift_id', 'in', shiftIds)
    .where('su.status', '<>', 'cancelled')
    .execute();
  for (const row of rows) {
    own.set(row.shift_id, {
      id: row.id,
      status: row.status,
      waitingPosition: row.position === null ? null : Number(row.position),
    });
  }
  return own;
}

export async function insertShifts(
  db: Kysely<DB>,
  organizationId: string,
  activityId: string,
  shifts: z.output<typeof ShiftInput>[],
) {
  if (shifts.length === 0) return [];
  return db
    .insertInto('shifts')
    .values(
      shifts.map((shift) => ({
        organization_id: organizationId,
        activity_id: activityId,
        title: shift.title,
        starts_at: new Date(shift.startsAt),
        ends_at: new Date(shift.endsAt),
        capacity: shift.capacity,
        wanted: shift.wanted,
      })),
    )
    .returning('id')
    .execute();
}

/** A shift of the caller's association with what its activity's policies need. */
export async function findShift(db: Kysely<DB>, organizationId: string, shiftId: string) {
  return (
    (await db
      .selectFrom('shifts as s')
      .innerJoin('activities as a', 'a.id', 's.activity_id')
      .select([
        's.id',
        's.activity_id',
        's.starts_at',
        's.ends_at',
        's.capacity',
        's.wanted',
        'a.local_group_id',
        'a.contact_person_id',
        'a.visibility',
        'a.publish_at',
        'a.cancelled_at',
        'a.signup_cutoff_minutes',
      ])
      .where('s.organization_id', '=', organizationId)
      .where('s.id', '=', shiftId)
      .executeTakeFirst()) ?? null
  );
}
