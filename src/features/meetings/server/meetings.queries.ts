import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type {
  Meeting,
  MeetingInput,
  MeetingListItem,
  MeetingListQuery,
  MeetingPatch,
} from '../meeting-plan.contract.ts';
import { listAgenda } from './agenda.queries.ts';
import { bumpLiveVersion } from './live-version.queries.ts';
import { meetingConflict, type MeetingAccess } from './meetings.policy.ts';
import { assertPeopleExist, namesOf, refOf } from './people-names.queries.ts';

// Meetings on activities: the list, one meeting whole, and its changes.

// Letters and digits that cannot be mistaken for each other on a projector (no O/0, I/1).
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newCheckInCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

function listSelect(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .leftJoin('local_groups as g', 'g.id', 'a.local_group_id')
    .select([
      'm.id',
      'm.kind',
      'm.theme',
      'm.opened_at',
      'm.closed_at',
      'm.minutes_published_at',
      'm.chair_person_id',
      'm.secretary_person_id',
      'a.id as activity_id',
      'a.title',
      'a.starts_at',
      'a.ends_at',
      'a.place',
      'a.local_group_id',
      'g.name as group_name',
      'a.cancelled_at',
      'a.contact_person_id',
      'a.visibility',
      'a.publish_at',
    ])
    .select((eb) => [
      eb
        .selectFrom('meeting_agenda_items as i')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('i.meeting_id', '=', 'm.id')
        .as('agenda_count'),
      eb
        .selectFrom('meeting_topic_proposals as p')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('p.meeting_id', '=', 'm.id')
        .as('proposal_count'),
      eb
        .selectFrom('meeting_attendance as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.meeting_id', '=', 'm.id')
        .as('attendance_count'),
    ])
    .where('m.organization_id', '=', organizationId);
}
type ListRow = Awaited<ReturnType<ReturnType<typeof listSelect>['executeTakeFirstOrThrow']>>;

function toListItem(row: ListRow, canManage: boolean): z.output<typeof MeetingListItem> {
  return {
    id: row.id,
    kind: row.kind,
    theme: row.theme,
    activity: {
      id: row.activity_id,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      place: row.place,
      localGroup: row.local_group_id
        ? { id: row.local_group_id, name: row.group_name ?? '' }
        : null,
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
    },
    openedAt: row.opened_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    minutesPublishedAt: row.minutes_published_at?.toISOString() ?? null,
    agendaItemCount: Number(row.agenda_count ?? 0),
    proposalCount: Number(row.proposal_count ?? 0),
    attendanceCount: Number(row.attendance_count ?? 0),
    canManage,
  };
}

/** The meetings the caller may read, by start; `manages` tells which the caller manages. */
export async function listMeetings(
  db: Kysely<DB>,
  auth: Auth,
  query: z.output<typeof MeetingListQuery>,
  manages: (row: ListRow, plannerOf: Set<string>) => boolean | null,
) {
  let select = listSelect(db, auth.organizationId).orderBy('a.starts_at');
  if (query.from) select = select.where('a.ends_at', '>', new Date(query.from));
  if (query.to) select = select.where('a.starts_at', '<', new Date(query.to));
  if (query.kind) select = select.where('m.kind', '=', query.kind);
  const rows = await select.limit(1000).execute();
  const planned = await db
    .selectFrom('meeting_planners')
    .select('meeting_id')
    .where('organization_id', '=', auth.organizationId)
    .where('person_id', '=', auth.personId)
    .execute();
  const plannerOf = new Set(planned.map((row) => row.meeting_id));
  const items: z.output<typeof MeetingListItem>[] = [];
  for (const row of rows) {
    // null: the caller may not read it at all.
    const canManage = manages(row, plannerOf);
    if (canManage !== null) items.push(toListItem(row, canManage));
  }
  return items;
}

/** One meeting whole, as the caller may see it. */
export async function getMeeting(
  db: Kysely<DB>,
  auth: Auth,
  access: MeetingAccess,
): Promise<z.output<typeof Meeting>> {
  const { organizationId } = auth;
  const row = await listSelect(db, organizationId)
    .where('m.id', '=', access.id)
    .select([
      'm.planning_committee_id',
      'm.quorum_minimum',
      'm.first_time_speakers_first',
      'm.speaking_seconds',
      'm.reply_seconds',
      'm.check_in_code',
      'm.created_at',
      'm.updated_at',
    ])
    .executeTakeFirstOrThrow();
  const planners = await db
    .selectFrom('meeting_planners')
    .select('person_id')
    .where('meeting_id', '=', access.id)
    .execute();
  const committee = row.planning_committee_id
    ? await db
        .selectFrom('committees')
        .select(['id', 'name', 'kind'])
        .where('id', '=', row.planning_committee_id)
        .executeTakeFirst()
    : undefined;
  const partners = await db
    .selectFrom('meeting_partners')
    .select(['id', 'name', 'contact_note'])
    .where('meeting_id', '=', access.id)
    .orderBy('created_at')
    .execute();
  const mine = await db
    .selectFrom('meetings as m')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('meeting_attendance')
            .select('person_id')
            .whereRef('meeting_id', '=', 'm.id')
            .where('person_id', '=', auth.personId),
        )
        .as('checked_in'),
      eb
        .exists(
          eb
            .selectFrom('meeting_adjusters')
            .select('person_id')
            .whereRef('meeting_id', '=', 'm.id')
            .where('person_id', '=', auth.personId),
        )
        .as('adjuster'),
    ])
    .where('m.id', '=', access.id)
    .executeTakeFirstOrThrow();
  const names = await namesOf(db, organizationId, [
    row.chair_person_id,
    row.secretary_person_id,
    ...planners.map((p) => p.person_id),
  ]);
  return {
    ...toListItem(row, access.canManage),
    planningCommittee: committee ?? null,
    planners: planners.flatMap((p) => refOf(names, p.person_id) ?? []),
    chair: refOf(names, row.chair_person_id),
    secretary: refOf(names, row.secretary_person_id),
    quorumMinimum: row.quorum_minimum,
    firstTimeSpeakersFirst: row.first_time_speakers_first,
    speakingSeconds: row.speaking_seconds,
    replySeconds: row.reply_seconds,
    checkInCode: access.canManage ? row.check_in_code : null,
    partners: partners.map((p) => ({ id: p.id, name: p.name, contactNote: p.contact_note })),
    agenda: await listAgenda(db, organizationId, access.id),
    isCheckedIn: Boolean(mine.checked_in),
    isAdjuster: Boolean(mine.adjuster),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

type Fields = z.output<typeof MeetingPatch>;

async function checkReferences(db: Kysely<DB>, organizationId: string, fields: Fields) {
  await assertPeopleExist(db, organizationId, [fields.chairPersonId], 'body.chairPersonId');
  await assertPeopleExist(db, organizationId, [fields.secretaryPersonId], 'body.secretaryPersonId');
  if (fields.planningCommitteeId) {
    const committee = await db
      .selectFrom('committees')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', fields.planningCommitteeId)
      .executeTakeFirst();
    if (!committee) {
      throw new AppError('validation', 'No such committee', {
        errors: [
          { path: 'body.planningCommitteeId', code: 'not_found', message: 'No such committee' },
        ],
      });
    }
  }
}

function columnsOf(fields: Fields) {
  return {
    ...(fields.kind !== undefined && { kind: fields.kind }),
    ...(fields.theme !== undefined && { theme: fields.theme }),
    ...(fields.planningCommitteeId !== undefined && {
      planning_committee_id: fields.planningCommitteeId,
    }),
    ...(fields.chairPersonId !== undefined && { chair_person_id: fields.chairPersonId }),
    ...(fields.secretaryPersonId !== undefined && {
      secretary_person_id: fields.secretaryPersonId,
    }),
    ...(fields.quorumMinimum !== undefined && { quorum_minimum: fields.quorumMinimum }),
    ...(fields.firstTimeSpeakersFirst !== undefined && {
      first_time_speakers_first: fields.firstTimeSpeakersFirst,
    }),
    ...(fields.speakingSeconds !== undefined && { speaking_seconds: fields.speakingSeconds }),
    ...(fields.replySeconds !== undefined && { reply_seconds: fields.replySeconds }),
  };
}

/** Makes an activity of the association a meeting; returns its id. */
export async function createMeeting(
  db: Kysely<DB>,
  organizationId: string,
  input: z.output<typeof MeetingInput>,
): Promise<string> {
  const activity = await db
    .selectFrom('activities')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', input.activityId)
    .executeTakeFirst();
  if (!activity) {
    throw new AppError('validation', 'No such activity', {
      errors: [{ path: 'body.activityId', code: 'not_found', message: 'No such activity' }],
    });
  }
  await checkReferences(db, organizationId, input);
  const row = await db
    .insertInto('meetings')
    .values({
      organization_id: organizationId,
      activity_id: input.activityId,
      check_in_code: newCheckInCode(),
      ...columnsOf(input),
      kind: input.kind,
    })
    .onConflict((oc) => oc.column('activity_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw meetingConflict('activity_taken');
  return row.id;
}

export async function updateMeeting(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  patch: Fields,
) {
  await checkReferences(db, organizationId, patch);
  const columns = columnsOf(patch);
  if (Object.keys(columns).length > 0) {
    await db
      .updateTable('meetings')
      .set(columns)
      .where('organization_id', '=', organizationId)
      .where('id', '=', meetingId)
      .execute();
  }
  await bumpLiveVersion(db, meetingId);
}

export async function deleteMeeting(db: Kysely<DB>, organizationId: string, meetingId: string) {
  await db
    .deleteFrom('meetings')
    .where('organization_id', '=', organizationId)
    .where('id', '=', meetingId)
    .execute();
}
