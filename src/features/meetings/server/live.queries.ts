import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import type { LiveState, SpeakerEntry } from '../meeting-live.contract.ts';
import { isFirstTimeSpeaker } from '../speaker-order.ts';
import { turnSeconds } from '../speaking-statistics.ts';
import { canSeeTurnTimes, type MeetingAccess } from './meetings.policy.ts';
import { namesOf, refOf } from './people-names.queries.ts';
import { waitingSpeakers } from './speakers.service.ts';

// The meeting now, as the chair, the projector and the phones poll it.

export async function getLiveState(
  db: Kysely<DB>,
  auth: Auth,
  access: MeetingAccess,
  now: Date,
): Promise<z.output<typeof LiveState>> {
  const meeting = await db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .leftJoin('meeting_agenda_items as i', 'i.id', 'm.current_item_id')
    .select([
      'm.live_version',
      'm.theme',
      'a.title',
      'm.opened_at',
      'm.closed_at',
      'm.first_time_speakers_first',
      'm.speaking_seconds',
      'm.reply_seconds',
      'm.quorum_minimum',
      'm.check_in_code',
      'i.id as item_id',
      'i.position as item_position',
      'i.title as item_title',
      'i.kind as item_kind',
    ])
    .select((eb) => [
      eb
        .selectFrom('meeting_attendance as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.meeting_id', '=', 'm.id')
        .as('attendance'),
      eb
        .exists(
          eb
            .selectFrom('meeting_attendance as t')
            .select('t.person_id')
            .whereRef('t.meeting_id', '=', 'm.id')
            .where('t.person_id', '=', auth.personId),
        )
        .as('checked_in'),
    ])
    .where('m.id', '=', access.id)
    .executeTakeFirstOrThrow();
  const running = await db
    .selectFrom('meeting_speakers')
    .selectAll()
    .where('meeting_id', '=', access.id)
    .where('started_at', 'is not', null)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  const { queue, spoken } = meeting.item_id
    ? await waitingSpeakers(db, access.id, meeting.item_id, meeting.first_time_speakers_first)
    : { queue: [], spoken: new Set<string>() };
  const seesTurnTimes = access.canManage && canSeeTurnTimes(auth, access);
  const finished = seesTurnTimes
    ? await db
        .selectFrom('meeting_speakers')
        .selectAll()
        .where('meeting_id', '=', access.id)
        .where('ended_at', 'is not', null)
        .orderBy('started_at')
        .execute()
    : [];
  const names = await namesOf(db, auth.organizationId, [
    running?.person_id,
    ...queue.map((entry) => entry.personId),
    ...finished.map((entry) => entry.person_id),
  ]);
  const entry = (row: {
    id: string;
    item_id?: string;
    person_id: string | null;
    kind: 'speech' | 'reply';
    reply_to_id: string | null;
    requested_at: Date;
    is_first_time?: boolean | null;
    started_at?: Date | null;
    ended_at?: Date | null;
  }): z.output<typeof SpeakerEntry> => ({
    id: row.id,
    itemId: row.item_id ?? meeting.item_id!,
    person: refOf(names, row.person_id),
    kind: row.kind,
    replyToId: row.reply_to_id,
    requestedAt: row.requested_at.toISOString(),
    isFirstTime: row.is_first_time ?? isFirstTimeSpeaker(row.person_id, spoken),
    startedAt: row.started_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
  });
  const waiting = queue.map((q) =>
    entry({
      id: q.id,
      person_id: q.personId,
      kind: q.kind,
      reply_to_id: q.reply_to_id,
      requested_at: q.requestedAt,
    }),
  );
  const mine = waiting.findIndex((w) => w.person?.id === auth.personId);
  const attendance = Number(meeting.attendance ?? 0);
  return {
    meetingId: access.id,
    version: Number(meeting.live_version),
    serverNow: now.toISOString(),
    title: meeting.title,
    theme: meeting.theme,
    openedAt: meeting.opened_at?.toISOString() ?? null,
    closedAt: meeting.closed_at?.toISOString() ?? null,
    currentItem: meeting.item_id
      ? {
          id: meeting.item_id,
          position: meeting.item_position!,
          title: meeting.item_title!,
          kind: meeting.item_kind!,
        }
      : null,
    firstTimeSpeakersFirst: meeting.first_time_speakers_first,
    speakingSeconds: meeting.speaking_seconds,
    replySeconds: meeting.reply_seconds,
    current: running
      ? {
          ...entry(running),
          limitSeconds: running.kind === 'reply' ? meeting.reply_seconds : meeting.speaking_seconds,
        }
      : null,
    queue: waiting,
    attendanceCount: attendance,
    quorum:
      meeting.quorum_minimum === null
        ? null
        : { minimum: meeting.quorum_minimum, isMet: attendance >= meeting.quorum_minimum },
    me: {
      isCheckedIn: Boolean(meeting.checked_in),
      entryId: mine >= 0 ? waiting[mine]!.id : null,
      place: mine >= 0 ? mine + 1 : null,
      canChair: access.canManage,
    },
    chair: access.canManage
      ? {
          checkInCode: meeting.check_in_code,
          finished: seesTurnTimes
            ? finished.map((row) => ({
                ...entry(row),
                seconds: turnSeconds({ startedAt: row.started_at!, endedAt: row.ended_at }, now),
              }))
            : null,
        }
      : null,
  };
}
