import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { FloorRequestInput } from '../meeting-live.contract.ts';
import { orderSpeakers } from '../speaker-order.ts';
import { bumpLiveVersion } from './live-version.queries.ts';
import {
  assertCanManageMeeting,
  assertOpen,
  type MeetingAccess,
  meetingConflict,
} from './meetings.policy.ts';

// The speakers' list: asking for the floor, giving it and ending turns. Times are the server's;
// each change raises the meeting's live version. Run inside a transaction: one turn at a time is
// also held by a unique index.

/** The people who have had (or have) the floor at the meeting. */
export async function spokenAtMeeting(db: Kysely<DB>, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('meeting_speakers')
    .select('person_id')
    .distinct()
    .where('meeting_id', '=', meetingId)
    .where('started_at', 'is not', null)
    .where('person_id', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.person_id!));
}

export async function requestFloor(
  trx: Kysely<DB>,
  auth: Auth,
  meeting: MeetingAccess,
  input: z.output<typeof FloorRequestInput>,
  now: Date,
): Promise<string> {
  assertOpen(meeting);
  const byChair = input.personId !== undefined && input.personId !== auth.personId;
  if (byChair) assertCanManageMeeting(meeting);
  const personId = input.personId ?? auth.personId;
  const row = await trx
    .selectFrom('meetings')
    .select('current_item_id')
    .where('id', '=', meeting.id)
    .executeTakeFirstOrThrow();
  const itemId = input.itemId ?? row.current_item_id;
  if (!itemId) throw meetingConflict('no_current_item');
  const item = await trx
    .selectFrom('meeting_agenda_items')
    .select('id')
    .where('meeting_id', '=', meeting.id)
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw new AppError('not_found', 'No such agenda item');
  const person = await trx
    .selectFrom('people')
    .leftJoin('meeting_attendance as t', (join) =>
      join.onRef('t.person_id', '=', 'people.id').on('t.meeting_id', '=', meeting.id),
    )
    .select(['people.gender', 't.person_id as attending'])
    .where('people.organization_id', '=', meeting.organizationId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) throw new AppError('not_found', 'No such person');
  if (!byChair && !person.attending) {
    throw meetingConflict('not_checked_in');
  }
  let duplicate = trx
    .selectFrom('meeting_speakers')
    .select('id')
    .where('item_id', '=', itemId)
    .where('person_id', '=', personId)
    .where('started_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('kind', '=', input.kind);
  if (input.replyToId) {
    const target = await trx
      .selectFrom('meeting_speakers')
      .select('id')
      .where('meeting_id', '=', meeting.id)
      .where('id', '=', input.replyToId)
      .where('started_at', 'is not', null)
      .executeTakeFirst();
    if (!target) throw meetingConflict('reply_to_nothing');
    duplicate = duplicate.where('reply_to_id', '=', input.replyToId);
  }
  if (await duplicate.executeTakeFirst()) {
    throw meetingConflict('already_listed');
  }
  const inserted = await trx
    .insertInto('meeting_speakers')
    .values({
      organization_id: meeting.organizationId,
      meeting_id: meeting.id,
      item_id: itemId,
      person_id: personId,
      gender: person.gender,
      kind: input.kind,
      reply_to_id: input.replyToId ?? null,
      added_by: byChair ? 'chair' : 'self',
      requested_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpLiveVersion(trx, meeting.id);
  return inserted.id;
}

/** The entry, in the meeting; 404 otherwise. */
export async function getSpeakerRow(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_speakers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such place on the speakers’ list');
  return row;
}

/** Leaves the list: one's own waiting place, or the chair any. */
export async function withdrawSpeaker(
  trx: Kysely<DB>,
  auth: Auth,
  meeting: MeetingAccess,
  entry: { id: string; person_id: string | null; started_at: Date | null },
  now: Date,
) {
  if (entry.person_id !== auth.personId) assertCanManageMeeting(meeting);
  if (entry.started_at !== null) throw meetingConflict('turn_started');
  await trx
    .updateTable('meeting_speakers')
    .set({ withdrawn_at: now })
    .where('id', '=', entry.id)
    .where('withdrawn_at', 'is', null)
    .execute();
  await bumpLiveVersion(trx, meeting.id);
}

/** Ends the running turn, if any. */
export async function endRunningTurn(trx: Kysely<DB>, meetingId: string, now: Date) {
  await trx
    .updateTable('meeting_speakers')
    .set({ ended_at: now })
    .where('meeting_id', '=', meetingId)
    .where('started_at', 'is not', null)
    .where('ended_at', 'is', null)
    .execute();
}

/** Gives the floor to a waiting speaker, ending the running turn. */
export async function startSpeaker(trx: Kysely<DB>, meetingId: string, entryId: string, now: Date) {
  const entry = await trx
    .selectFrom('meeting_speakers')
    .select(['person_id', 'started_at', 'withdrawn_at'])
    .where('meeting_id', '=', meetingId)
    .where('id', '=', entryId)
    .executeTakeFirstOrThrow();
  if (entry.started_at !== null || entry.withdrawn_at !== null) {
    throw meetingConflict('not_waiting');
  }
  await endRunningTurn(trx, meetingId, now);
  const spoken = await spokenAtMeeting(trx, meetingId);
  await trx
    .updateTable('meeting_speakers')
    .set({
      started_at: now,
      is_first_time: entry.person_id === null || !spoken.has(entry.person_id),
    })
    .where('id', '=', entryId)
    .execute();
  await bumpLiveVersion(trx, meetingId);
}

export async function stopSpeaker(trx: Kysely<DB>, meetingId: string, entryId: string, now: Date) {
  const updated = await trx
    .updateTable('meeting_speakers')
    .set({ ended_at: now })
    .where('meeting_id', '=', meetingId)
    .where('id', '=', entryId)
    .where('started_at', 'is not', null)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw meetingConflict('turn_not_running');
  await bumpLiveVersion(trx, meetingId);
}

/** The waiting speakers on an item, in the order they will speak. */
export async function waitingSpeakers(
  db: Kysely<DB>,
  meetingId: string,
  itemId: string,
  firstTimeSpeakersFirst: boolean,
) {
  const rows = await db
    .selectFrom('meeting_speakers')
    .select([
      'id',
      'person_id as personId',
      'kind',
      'requested_at as requestedAt',
      'reply_to_id',
      'reply_to_id as replyToId',
    ])
    .where('meeting_id', '=', meetingId)
    .where('item_id', '=', itemId)
    .where('started_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .execute();
  const spoken = await spokenAtMeeting(db, meetingId);
  // The turns replies may answer: the item's speech that started last, and the replies since.
  const lastSpeech = db
    .selectFrom('meeting_speakers')
    .select('started_at')
    .where('meeting_id', '=', meetingId)
    .where('item_id', '=', itemId)
    .where('kind', '=', 'speech')
    .where('started_at', 'is not', null)
    .orderBy('started_at', 'desc')
    .limit(1);
  const answerable = await db
    .selectFrom('meeting_speakers')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('item_id', '=', itemId)
    .where('started_at', '>=', lastSpeech)
    .execute();
  return {
    queue: orderSpeakers(
      rows,
      spoken,
      firstTimeSpeakersFirst,
      new Set(answerable.map((turn) => turn.id)),
    ),
    spoken,
  };
}

/** Ends the running turn and gives the floor to the first in the queue, if anyone waits. */
export async function nextSpeaker(trx: Kysely<DB>, meetingId: string, now: Date) {
  const meeting = await trx
    .selectFrom('meetings')
    .select(['current_item_id', 'first_time_speakers_first'])
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  await endRunningTurn(trx, meetingId, now);
  if (meeting.current_item_id) {
    const { queue } = await waitingSpeakers(
      trx,
      meetingId,
      meeting.current_item_id,
      meeting.first_time_speakers_first,
    );
    if (queue[0]) return startSpeaker(trx, meetingId, queue[0].id, now);
  }
  await bumpLiveVersion(trx, meetingId);
}
