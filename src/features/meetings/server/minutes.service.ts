import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { renderMarkdown } from '../../../platform/server/markdown.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { Minutes } from '../meeting-records.contract.ts';
import { listAgenda } from './agenda.queries.ts';
import { meetingConflict, type MeetingAccess } from './meetings.policy.ts';
import { listAdjusters, listAttendance } from './meeting-people.queries.ts';
import { namesOf } from './people-names.queries.ts';
import { minutesMarkdown } from './minutes-text.ts';

// The minutes: generated, edited by those who manage the meeting, sent to the adjusters, each of
// whom approves it with a timestamp; the last approval publishes it to the members. An edit after
// it was sent takes it back and clears the approvals.

async function minutesRow(db: Kysely<DB>, meeting: Pick<MeetingAccess, 'id' | 'organizationId'>) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.organization_id',
      'm.kind',
      'm.theme',
      'm.chair_person_id',
      'm.secretary_person_id',
      'm.minutes',
      'm.minutes_ready_at',
      'm.minutes_published_at',
      'a.title',
      'a.starts_at',
      'a.place',
    ])
    .where('m.organization_id', '=', meeting.organizationId)
    .where('a.organization_id', '=', meeting.organizationId)
    .where('m.id', '=', meeting.id)
    .executeTakeFirstOrThrow();
}

/** The minutes as the caller may read them: members only once published. */
export async function getMinutes(
  db: Kysely<DB>,
  auth: Auth,
  access: MeetingAccess,
): Promise<z.output<typeof Minutes>> {
  const row = await minutesRow(db, access);
  const adjusters = await listAdjusters(db, access.organizationId, access.id);
  const mine = adjusters.find((a) => a.person.id === auth.personId);
  if (!access.canManage && !mine && row.minutes_published_at === null) {
    throw new AppError('forbidden', 'The minutes are shown to members once approved');
  }
  const status =
    row.minutes === null
      ? 'none'
      : row.minutes_published_at
        ? 'published'
        : row.minutes_ready_at
          ? 'ready'
          : 'draft';
  return {
    meetingId: access.id,
    status,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    place: row.place,
    markdown: row.minutes,
    html: row.minutes === null ? '' : renderMarkdown(row.minutes),
    adjusters,
    readyAt: row.minutes_ready_at?.toISOString() ?? null,
    publishedAt: row.minutes_published_at?.toISOString() ?? null,
    canEdit: access.canManage && status !== 'published',
    canApprove: status === 'ready' && mine !== undefined && mine.approvedAt === null,
  };
}

function assertNotPublished(row: { minutes_published_at: Date | null }) {
  if (row.minutes_published_at !== null) {
    throw meetingConflict('minutes_published');
  }
}

/** Takes the minutes back from the adjusters: their approvals no longer hold. */
async function takeBack(trx: Kysely<DB>, meetingId: string) {
  await trx
    .updateTable('meetings')
    .set({ minutes_ready_at: null })
    .where('id', '=', meetingId)
    .execute();
  await trx
    .updateTable('meeting_adjusters')
    .set({ approved_at: null })
    .where('meeting_id', '=', meetingId)
    .execute();
}

/** Writes the draft from the agenda, attendance and decisions, replacing the draft there was. */
/** The meeting a change is about: its id and association. */
export type MeetingRef = Pick<MeetingAccess, 'id' | 'organizationId'>;

export async function generateMinutes(trx: Kysely<DB>, access: MeetingRef) {
  const row = await minutesRow(trx, access);
  assertNotPublished(row);
  const names = await namesOf(trx, access.organizationId, [
    row.chair_person_id,
    row.secretary_person_id,
  ]);
  const markdown = minutesMarkdown({
    title: row.title,
    kind: row.kind,
    theme: row.theme,
    startsAt: row.starts_at,
    place: row.place,
    chair: row.chair_person_id ? (names.get(row.chair_person_id) ?? null) : null,
    secretary: row.secretary_person_id ? (names.get(row.secretary_person_id) ?? null) : null,
    adjusters: (await listAdjusters(trx, access.organizationId, access.id)).map(
      (a) => a.person.name,
    ),
    attendees: (await listAttendance(trx, access.organizationId, access.id)).map(
      (a) => a.person.name,
    ),
    agenda: await listAgenda(trx, access.organizationId, access.id),
  });
  await saveMinutes(trx, access, markdown);
}

export async function saveMinutes(trx: Kysely<DB>, access: MeetingRef, markdown: string) {
  const row = await minutesRow(trx, access);
  assertNotPublished(row);
  if (row.minutes_ready_at !== null) await takeBack(trx, access.id);
  await trx
    .updateTable('meetings')
    .set({ minutes: markdown, updated_at: new Date() })
    .where('id', '=', access.id)
    .execute();
}

/**
 * Adjusters check the minutes for the meeting: they were there (checked in), and neither chaired
 * it nor wrote the minutes, so no one who ran the meeting approves its record alone.
 */
async function assertAdjustersMayAdjust(
  trx: Kysely<DB>,
  row: { chair_person_id: string | null; secretary_person_id: string | null },
  meetingId: string,
  ids: string[],
) {
  if (row.chair_person_id !== null && ids.includes(row.chair_person_id)) {
    throw meetingConflict('adjuster_is_chair');
  }
  if (row.secretary_person_id !== null && ids.includes(row.secretary_person_id)) {
    throw meetingConflict('adjuster_is_secretary');
  }
  if (ids.length === 0) return;
  const present = await trx
    .selectFrom('meeting_attendance')
    .select('person_id')
    .where('meeting_id', '=', meetingId)
    .where('person_id', 'in', ids)
    .execute();
  if (present.length < ids.length) throw meetingConflict('adjuster_not_present');
}

export async function setAdjusters(trx: Kysely<DB>, access: MeetingRef, personIds: string[]) {
  const row = await minutesRow(trx, access);
  assertNotPublished(row);
  const ids = [...new Set(personIds)];
  const names = await namesOf(trx, access.organizationId, ids);
  if (ids.some((id) => !names.has(id))) {
    throw new AppError('validation', 'No such person', {
      errors: [{ path: 'body.personIds', code: 'not_found', message: 'No such person' }],
    });
  }
  await assertAdjustersMayAdjust(trx, row, access.id, ids);
  await takeBack(trx, access.id);
  await trx.deleteFrom('meeting_adjusters').where('meeting_id', '=', access.id).execute();
  await trx
    .insertInto('meeting_adjusters')
    .values(
      ids.map((personId) => ({
        organization_id: access.organizationId,
        meeting_id: access.id,
        person_id: personId,
      })),
    )
    .execute();
}

export async function markMinutesReady(trx: Kysely<DB>, access: MeetingAccess, now: Date) {
  const row = await minutesRow(trx, access);
  assertNotPublished(row);
  if (row.minutes === null) throw meetingConflict('minutes_missing');
  const adjusters = await listAdjusters(trx, access.organizationId, access.id);
  if (adjusters.length === 0) throw meetingConflict('no_adjusters');
  // The chair, the secretary or the attendance may have changed since they were named.
  await assertAdjustersMayAdjust(
    trx,
    row,
    access.id,
    adjusters.map((a) => a.person.id),
  );
  await trx
    .updateTable('meetings')
    .set({ minutes_ready_at: now })
    .where('id', '=', access.id)
    .execute();
}

/**
 * An adjuster approves the minutes as sent at `readyAt`, the version they read; an edit since
 * took them back (409 `minutes_changed`). When every adjuster has approved, they are published.
 * Runs under the meeting's lock, so two adjusters approving at once see each other's approval.
 */
export async function approveMinutes(
  trx: Kysely<DB>,
  auth: Auth,
  access: MeetingAccess,
  readyAt: string,
  now: Date,
) {
  const row = await minutesRow(trx, access);
  assertNotPublished(row);
  const adjuster = await trx
    .selectFrom('meeting_adjusters')
    .select('person_id')
    .where('meeting_id', '=', access.id)
    .where('person_id', '=', auth.personId)
    .executeTakeFirst();
  if (!adjuster) throw new AppError('forbidden', 'Only the adjusters approve the minutes');
  if (row.minutes_ready_at === null) throw meetingConflict('minutes_not_ready');
  if (row.minutes_ready_at.getTime() !== new Date(readyAt).getTime()) {
    throw meetingConflict('minutes_changed');
  }
  await trx
    .updateTable('meeting_adjusters')
    .set({ approved_at: now })
    .where('meeting_id', '=', access.id)
    .where('person_id', '=', auth.personId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetings')
          .select('id')
          .where('id', '=', access.id)
          .where('minutes_ready_at', '=', row.minutes_ready_at),
      ),
    )
    .execute();
  const waiting = await trx
    .selectFrom('meeting_adjusters')
    .select('person_id')
    .where('meeting_id', '=', access.id)
    .where('approved_at', 'is', null)
    .executeTakeFirst();
  if (!waiting) {
    await trx
      .updateTable('meetings')
      .set({ minutes_published_at: now })
      .where('id', '=', access.id)
      .execute();
  }
}
