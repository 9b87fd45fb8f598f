import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { RateLimit } from '../../../platform/server/rate-limit.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { FEWEST_SPEAKERS_SHOWN } from '../meeting-live.contract.ts';
import {
  byGender,
  speakingStatistics,
  totalsOf,
  type Totals,
  type Turn,
} from '../speaking-statistics.ts';
import { bumpLiveVersion } from './live-version.queries.ts';
import { assertOpen, type MeetingAccess, meetingConflict } from './meetings.policy.ts';
import { endRunningTurn } from './speakers.service.ts';

// The meeting in the room: opening and closing, the item in focus, attendance, statistics.

// Wrong codes: ten tries a minute per account, so the six characters cannot be guessed.
const wrongCodes = new RateLimit(10, 60_000);

export async function openMeeting(trx: Kysely<DB>, meetingId: string, now: Date) {
  await trx
    .updateTable('meetings')
    .set({ opened_at: sql`coalesce(opened_at, ${now})`, closed_at: null })
    .where('id', '=', meetingId)
    .execute();
  await bumpLiveVersion(trx, meetingId);
}

/** Closes the meeting: the running turn ends, those still waiting leave the list. */
export async function closeMeeting(trx: Kysely<DB>, meeting: MeetingAccess, now: Date) {
  if (meeting.openedAt === null) throw meetingConflict('not_opened');
  await endRunningTurn(trx, meeting.id, now);
  await trx
    .updateTable('meeting_speakers')
    .set({ withdrawn_at: now })
    .where('meeting_id', '=', meeting.id)
    .where('started_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .execute();
  await trx.updateTable('meetings').set({ closed_at: now }).where('id', '=', meeting.id).execute();
  await bumpLiveVersion(trx, meeting.id);
}

/** Moves to an agenda item (null: none); a running turn ends. */
export async function setCurrentItem(
  trx: Kysely<DB>,
  meetingId: string,
  itemId: string | null,
  now: Date,
) {
  if (itemId !== null) {
    const item = await trx
      .selectFrom('meeting_agenda_items')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item) {
      throw new AppError('validation', 'Not an item of this meeting', {
        errors: [{ path: 'body.itemId', code: 'not_found', message: 'No such agenda item' }],
      });
    }
  }
  await endRunningTurn(trx, meetingId, now);
  await trx
    .updateTable('meetings')
    .set({ current_item_id: itemId })
    .where('id', '=', meetingId)
    .execute();
  await bumpLiveVersion(trx, meetingId);
}

export async function addAttendee(
  trx: Kysely<DB>,
  meeting: MeetingAccess,
  personId: string,
  method: 'code' | 'chair',
  now: Date,
) {
  const person = await trx
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', meeting.organizationId)
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) {
    throw new AppError('validation', 'No such person', {
      errors: [{ path: 'body.personId', code: 'not_found', message: 'No such person' }],
    });
  }
  await trx
    .insertInto('meeting_attendance')
    .values({
      organization_id: meeting.organizationId,
      meeting_id: meeting.id,
      person_id: personId,
      method,
      checked_in_at: now,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doNothing())
    .execute();
  await bumpLiveVersion(trx, meeting.id);
}

/** A member checks in with the code shown in the room. */
export async function checkIn(
  trx: Kysely<DB>,
  auth: Auth,
  meeting: MeetingAccess,
  code: string,
  now: Date,
) {
  assertOpen(meeting);
  const row = await trx
    .selectFrom('meetings')
    .select('check_in_code')
    .where('id', '=', meeting.id)
    .executeTakeFirstOrThrow();
  if (row.check_in_code !== code) {
    wrongCodes.take(auth.accountId, 'Too many wrong codes; wait a minute');
    throw new AppError('validation', 'Wrong code', {
      errors: [
        { path: 'body.code', code: 'wrong_code', message: 'Not the code shown in the room' },
      ],
    });
  }
  await addAttendee(trx, meeting, auth.personId, 'code', now);
}

export async function removeAttendee(trx: Kysely<DB>, meetingId: string, personId: string) {
  await trx
    .deleteFrom('meeting_attendance')
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .execute();
  await bumpLiveVersion(trx, meetingId);
}

/** The turns given at meetings (started), for the statistics. */
export async function listTurns(db: Kysely<DB>, organizationId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_speakers')
    .select([
      'meeting_id',
      'item_id',
      'person_id',
      'gender',
      'kind',
      'is_first_time',
      'started_at',
      'ended_at',
    ])
    .where('organization_id', '=', organizationId)
    .where('meeting_id', 'in', meetingIds)
    .where('started_at', 'is not', null)
    .execute();
  return rows.map((row) => ({
    meetingId: row.meeting_id,
    itemId: row.item_id,
    personId: row.person_id,
    gender: row.gender,
    kind: row.kind,
    isFirstTime: row.is_first_time ?? true,
    startedAt: row.started_at!,
    endedAt: row.ended_at,
  })) satisfies (Turn & { meetingId: string; itemId: string })[];
}

/** A group's totals as members see them: none when one or two people are behind them. */
function shown(totals: Totals): Totals | null {
  return totals.speakers > 0 && totals.speakers < FEWEST_SPEAKERS_SHOWN ? null : totals;
}

function shownEach<K extends string>(cells: Record<K, Totals>): Record<K, Totals | null> {
  return Object.fromEntries(
    Object.entries<Totals>(cells).map(([key, totals]) => [key, shown(totals)]),
  ) as Record<K, Totals | null>;
}

/**
 * The meeting's speaking statistics. Those who manage it see every group; members (after the
 * meeting) see no item split by gender, and no group with fewer than three speakers.
 */
export async function getSpeakingStatistics(
  db: Kysely<DB>,
  access: Pick<MeetingAccess, 'id' | 'organizationId' | 'canManage'>,
  now: Date,
) {
  const turns = await listTurns(db, access.organizationId, [access.id]);
  const items = await db
    .selectFrom('meeting_agenda_items')
    .select(['id', 'title'])
    .where('meeting_id', '=', access.id)
    .orderBy('position')
    .execute();
  const all = speakingStatistics(turns, now);
  const full = access.canManage;
  return {
    meetingId: access.id,
    total: all.total,
    byGender: full ? all.byGender : shownEach(all.byGender),
    byFirstTime: full ? all.byFirstTime : shownEach(all.byFirstTime),
    byKind: full ? all.byKind : shownEach(all.byKind),
    items: items.map((item) => {
      const onItem = turns.filter((turn) => turn.itemId === item.id);
      return {
        itemId: item.id,
        title: item.title,
        total: totalsOf(onItem, now),
        byGender: full ? byGender(onItem, now) : null,
      };
    }),
  };
}
