import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { ActivityInput, ActivityPatch, EditScope } from '../activities.contract.ts';
import { assertUsableType } from './activity-types.queries.ts';
import {
  assertCampaignInOrganization,
  assertLocalGroupInOrganization,
  assertPersonInOrganization,
} from './references.queries.ts';
import { insertShifts } from './shifts.queries.ts';
import { moveWallClock, wallClockMinutes } from './stockholm-time.ts';

type Db = Kysely<DB>;
type Input = z.output<typeof ActivityInput>;
type Patch = z.output<typeof ActivityPatch>;

/** Checks that every id in the input names a row of the association. */
export async function assertReferences(
  db: Db,
  organizationId: string,
  input: Partial<Pick<Input, 'typeId' | 'campaignId' | 'localGroupId' | 'contactPersonId'>>,
) {
  if (input.typeId) await assertUsableType(db, organizationId, input.typeId);
  if (input.campaignId) await assertCampaignInOrganization(db, organizationId, input.campaignId);
  if (input.localGroupId) {
    await assertLocalGroupInOrganization(db, organizationId, input.localGroupId);
  }
  if (input.contactPersonId) {
    await assertPersonInOrganization(db, organizationId, input.contactPersonId, 'contactPersonId');
  }
}

/** The columns every activity field maps to (all but times and series). */
function detailColumns(input: Partial<Input>) {
  const columns = {
    title: input.title,
    type_id: input.typeId,
    campaign_id: input.campaignId,
    local_group_id: input.localGroupId,
    place: input.place,
    latitude: input.latitude,
    longitude: input.longitude,
    description: input.description,
    contact_person_id: input.contactPersonId,
    visibility: input.visibility,
    publish_at:
      input.publishAt === undefined ? undefined : input.publishAt && new Date(input.publishAt),
    signup_cutoff_minutes: input.signupCutoffMinutes,
    reminder_offset_minutes: input.reminderOffsetMinutes,
    image_url: input.imageUrl,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** Inserts one activity with its shifts (one open shift spanning it when none are given). */
export async function insertActivity(
  trx: Db,
  input: Input & {
    organizationId: string;
    createdBy: string | null;
    seriesId?: string;
    occurrenceDate?: string;
  },
) {
  const row = await trx
    .insertInto('activities')
    .values({
      ...(detailColumns(input) as { title: string; type_id: string }),
      organization_id: input.organizationId,
      starts_at: new Date(input.startsAt),
      ends_at: new Date(input.endsAt),
      series_id: input.seriesId ?? null,
      occurrence_date: input.occurrenceDate ?? null,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const shifts =
    input.shifts.length > 0
      ? input.shifts
      : [
          {
            title: '',
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            capacity: null,
            wanted: null,
          },
        ];
  await insertShifts(trx, input.organizationId, row.id, shifts);
  return row.id;
}

async function lockActivity(trx: Db, organizationId: string, id: string) {
  const row = await trx
    .selectFrom('activities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such activity');
  return row;
}

/** The activity, or it and every later occurrence of its series. */
async function lockTargets(
  trx: Db,
  organizationId: string,
  id: string,
  scope: z.output<typeof EditScope>,
) {
  const row = await lockActivity(trx, organizationId, id);
  if (scope === 'one' || !row.series_id || !row.occurrence_date) return { row, targets: [row] };
  const targets = await trx
    .selectFrom('activities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('series_id', '=', row.series_id)
    .where('occurrence_date', '>=', row.occurrence_date)
    .orderBy('occurrence_date')
    .forUpdate()
    .execute();
  return { row, targets };
}

/** Besides the time, what those signed up are told of when it changes. */
const NOTICE_COLUMNS = ['title', 'place', 'latitude', 'longitude'] as const;

const invalidTimes = () =>
  new AppError('validation', 'The activity ends before it starts', {
    errors: [{ path: 'body.endsAt', code: 'before_start', message: 'Ends before it starts' }],
  });

/**
 * Applies a change to an activity or, with scope 'following', to it and its later occurrences.
 * A moved start moves each activity's shifts by the same clock time. Returns the ids changed.
 */
export async function updateActivity(
  trx: Db,
  events: EventBus,
  organizationId: string,
  id: string,
  patch: Patch,
) {
  const { row, targets } = await lockTargets(trx, organizationId, id, patch.scope);
  await assertReferences(trx, organizationId, patch);
  const startDelta = patch.startsAt ? wallClockMinutes(row.starts_at, new Date(patch.startsAt)) : 0;
  const endDelta = patch.endsAt ? wallClockMinutes(row.ends_at, new Date(patch.endsAt)) : 0;
  const latitude = patch.latitude !== undefined ? patch.latitude : row.latitude;
  const longitude = patch.longitude !== undefined ? patch.longitude : row.longitude;
  if ((latitude === null) !== (longitude === null)) {
    throw new AppError('validation', 'Give both latitude and longitude, or neither', {
      errors: [{ path: 'body.longitude', code: 'incomplete', message: 'Both or neither' }],
    });
  }
  const details = detailColumns(patch);
  for (const target of targets) {
    const isEdited = target.id === row.id;
    const startsAt =
      isEdited && patch.startsAt
        ? new Date(patch.startsAt)
        : moveWallClock(target.starts_at, startDelta);
    const endsAt =
      isEdited && patch.endsAt ? new Date(patch.endsAt) : moveWallClock(target.ends_at, endDelta);
    if (endsAt <= startsAt) throw invalidTimes();
    const isTimeChanged =
      startsAt.getTime() !== target.starts_at.getTime() ||
      endsAt.getTime() !== target.ends_at.getTime();
    const updated = await trx
      .updateTable('activities')
      .set({
        ...details,
        starts_at: startsAt,
        ends_at: endsAt,
        sequence: sql<number>`sequence + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', target.id)
      .returning('sequence')
      .executeTakeFirstOrThrow();
    if (startDelta !== 0) await moveShifts(trx, target.id, startDelta);
    const isNoticeWorthy =
      isTimeChanged ||
      NOTICE_COLUMNS.some((column) => column in details && details[column] !== target[column]);
    await events.emit(trx, organizationId, 'activities.changed', {
      kind: 'changed',
      activityId: target.id,
      sequence: updated.sequence,
      isTimeChanged,
      isNoticeWorthy,
    });
  }
  return targets.map((target) => target.id);
}

async function moveShifts(trx: Db, activityId: string, minutes: number) {
  const shifts = await trx
    .selectFrom('shifts')
    .select(['id', 'starts_at', 'ends_at'])
    .where('activity_id', '=', activityId)
    .execute();
  for (const shift of shifts) {
    await trx
      .updateTable('shifts')
      .set({
        starts_at: moveWallClock(shift.starts_at, minutes),
        ends_at: moveWallClock(shift.ends_at, minutes),
        updated_at: new Date(),
      })
      .where('id', '=', shift.id)
      .execute();
  }
}

/** Cancels with a reason; sign-ups stay, so everyone signed up can be told. */
export async function cancelActivity(
  trx: Db,
  events: EventBus,
  organizationId: string,
  id: string,
  input: { reason: string; scope: z.output<typeof EditScope> },
) {
  const { targets } = await lockTargets(trx, organizationId, id, input.scope);
  for (const target of targets) {
    await trx
      .updateTable('activities')
      .set({
        cancelled_at: target.cancelled_at ?? new Date(),
        cancel_reason: input.reason,
        sequence: sql<number>`sequence + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', target.id)
      .execute();
    await events.emit(trx, organizationId, 'activities.changed', {
      kind: 'cancelled',
      activityId: target.id,
      reason: input.reason,
    });
  }
  return targets.map((target) => target.id);
}

/** Deletes activities nobody is signed up for; a deleted occurrence becomes a series exception. */
export async function deleteActivity(
  trx: Db,
  organizationId: string,
  id: string,
  scope: z.output<typeof EditScope>,
) {
  const { targets } = await lockTargets(trx, organizationId, id, scope);
  const ids = targets.map((target) => target.id);
  const live = await trx
    .selectFrom('signups as su')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .select('su.id')
    .where('s.activity_id', 'in', ids)
    .where('su.status', '<>', 'cancelled')
    .limit(1)
    .executeTakeFirst();
  if (live) {
    throw new AppError('conflict', 'People are signed up; cancel the activity instead', {
      errors: [{ path: 'params.id', code: 'has_signups', message: 'People are signed up' }],
    });
  }
  const series = targets[0]?.series_id;
  if (series) {
    const dates = targets.flatMap((target) =>
      target.occurrence_date ? [target.occurrence_date] : [],
    );
    const current = await trx
      .selectFrom('activity_series')
      .select('exceptions')
      .where('id', '=', series)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('activity_series')
      .set({
        exceptions: JSON.stringify([...new Set([...current.exceptions, ...dates])].sort()),
        updated_at: new Date(),
      })
      .where('id', '=', series)
      .execute();
  }
  await trx.deleteFrom('activities').where('id', 'in', ids).execute();
  return ids.length;
}
