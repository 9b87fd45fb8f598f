import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { type reportKinds } from '../../schedule/activity-types.contract.ts';
import type { Report, ReportInput, Signup } from '../signups.contract.ts';
import { waitingPosition } from '../../schedule/server/shifts.queries.ts';

function selectSignups(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('signups as su')
    .innerJoin('people as p', 'p.id', 'su.person_id')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .select([
      'su.id',
      'su.shift_id',
      'su.person_id',
      'p.first_name',
      'p.last_name',
      'p.is_member',
      'su.status',
      waitingPosition().as('position'),
      'su.source',
      'su.attended',
      'su.created_at',
      's.activity_id',
    ])
    .where('su.organization_id', '=', organizationId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectSignups>['executeTakeFirstOrThrow']>>;

function present(row: Row): z.output<typeof Signup> {
  return {
    id: row.id,
    shiftId: row.shift_id,
    person: {
      id: row.person_id,
      name: `${row.first_name} ${row.last_name}`,
      isMember: row.is_member,
    },
    status: row.status,
    waitingPosition: row.position === null ? null : Number(row.position),
    source: row.source,
    attended: row.attended,
    createdAt: row.created_at.toISOString(),
  };
}

/** Live sign-ups of an activity: by shift, the confirmed first (by name), then the waiting list in order. */
export async function listSignups(db: Kysely<DB>, organizationId: string, activityId: string) {
  const rows = await selectSignups(db, organizationId)
    .where('s.activity_id', '=', activityId)
    .where('su.status', '<>', 'cancelled')
    .orderBy('s.starts_at')
    .orderBy('su.shift_id')
    .orderBy('su.status')
    .orderBy('su.waiting_since')
    // Then by name and id: a stable order, which a change of attendance does not move.
    .orderBy('p.first_name')
    .orderBy('p.last_name')
    .orderBy('su.id')
    .execute();
  return rows.map(present);
}

/** One sign-up of the association (cancelled ones too), with its activity's id. */
export async function getSignup(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await selectSignups(db, organizationId).where('su.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such sign-up');
  return { signup: present(row), activityId: row.activity_id, status: row.status };
}

export async function setAttendance(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  attended: boolean | null,
) {
  const result = await db
    .updateTable('signups')
    .set({ attended, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new AppError('conflict', 'Only a confirmed sign-up has attendance');
  }
}

const columnOf = {
  leaflets: 'leaflets',
  doorsKnocked: 'doors_knocked',
  conversations: 'conversations',
  newContacts: 'new_contacts',
} as const satisfies Record<(typeof reportKinds)[number], string>;

export async function findReport(
  db: Kysely<DB>,
  organizationId: string,
  activityId: string,
): Promise<z.output<typeof Report> | null> {
  const row = await db
    .selectFrom('activity_reports as r')
    .leftJoin('accounts as ac', 'ac.id', 'r.reported_by')
    .leftJoin('people as p', 'p.id', 'ac.person_id')
    .select([
      'r.leaflets',
      'r.doors_knocked',
      'r.conversations',
      'r.new_contacts',
      'r.note',
      'r.reported_at',
      'p.first_name',
      'p.last_name',
    ])
    .where('r.organization_id', '=', organizationId)
    .where('r.activity_id', '=', activityId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    leaflets: row.leaflets,
    doorsKnocked: row.doors_knocked,
    conversations: row.conversations,
    newContacts: row.new_contacts,
    note: row.note,
    reportedBy: row.first_name ? `${row.first_name} ${row.last_name}` : null,
    reportedAt: row.reported_at.toISOString(),
  };
}

/** Records (or replaces) the activity's report. */
export async function saveReport(
  db: Kysely<DB>,
  input: z.output<typeof ReportInput> & {
    organizationId: string;
    activityId: string;
    accountId: string | null;
  },
) {
  const numbers = Object.fromEntries(
    Object.entries(columnOf).map(([kind, column]) => [
      column,
      input[kind as keyof typeof columnOf] ?? null,
    ]),
  ) as Record<(typeof columnOf)[keyof typeof columnOf], number | null>;
  const values = {
    ...numbers,
    note: input.note,
    reported_by: input.accountId,
    reported_at: new Date(),
  };
  await db
    .insertInto('activity_reports')
    .values({ ...values, activity_id: input.activityId, organization_id: input.organizationId })
    .onConflict((oc) => oc.column('activity_id').doUpdateSet(values))
    .execute();
  return (await findReport(db, input.organizationId, input.activityId))!;
}
