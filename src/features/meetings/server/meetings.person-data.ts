import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { PersonDataPart, PersonScope } from '../../../platform/server/person-data.ts';

// Meetings' part in "my data", erasure and merging. Erasure deletes the person's own rows
// (planning, supports, attendance, adjusting) and takes the person off the rows that belong to
// the meeting (a proposed topic, a turn on the speakers' list, an election, a task, a role),
// which stay without them.

const ownRows = [
  'meeting_planners',
  'meeting_topic_supports',
  'meeting_attendance',
  'meeting_adjusters',
] as const;

const personColumns = [
  ['meetings', 'chair_person_id'],
  ['meetings', 'secretary_person_id'],
  ['meeting_agenda_items', 'preparer_person_id'],
  ['meeting_topic_proposals', 'person_id'],
  ['meeting_speakers', 'person_id'],
  ['meeting_elected', 'person_id'],
  ['meeting_tasks', 'responsible_person_id'],
  ['board_roles', 'person_id'],
] as const;

async function myMeetingData(db: Kysely<DB>, { organizationId, personId }: PersonScope) {
  const meetingTitle = (table: 'meeting_attendance' | 'meeting_planners' | 'meeting_adjusters') =>
    db
      .selectFrom(`${table} as x` as 'meeting_attendance as x')
      .innerJoin('meetings as m', 'm.id', 'x.meeting_id')
      .innerJoin('activities as a', 'a.id', 'm.activity_id')
      .select(['a.title as meeting', 'a.starts_at as startsAt'])
      .where('x.organization_id', '=', organizationId)
      .where('x.person_id', '=', personId);
  const iso = <T extends { startsAt: Date }>(rows: T[]) =>
    rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
  return {
    meetingsAttended: iso(
      await meetingTitle('meeting_attendance').select(['x.method', 'x.checked_in_at']).execute(),
    ).map((row) => ({ ...row, checked_in_at: row.checked_in_at.toISOString() })),
    meetingsPlanned: iso(await meetingTitle('meeting_planners').execute()),
    minutesAdjusted: iso(await meetingTitle('meeting_adjusters').execute()),
    meetingTopicsProposed: await db
      .selectFrom('meeting_topic_proposals')
      .select(['title', 'description', 'created_at'])
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute(),
    meetingTopicsSupported: await db
      .selectFrom('meeting_topic_supports as s')
      .innerJoin('meeting_topic_proposals as p', 'p.id', 's.proposal_id')
      .select(['p.title', 's.created_at'])
      .where('s.organization_id', '=', organizationId)
      .where('s.person_id', '=', personId)
      .execute(),
    speakersListTurns: await db
      .selectFrom('meeting_speakers as s')
      .innerJoin('meeting_agenda_items as i', 'i.id', 's.item_id')
      .select([
        'i.title as item',
        's.kind',
        's.gender',
        's.requested_at',
        's.started_at',
        's.ended_at',
      ])
      .where('s.organization_id', '=', organizationId)
      .where('s.person_id', '=', personId)
      .execute(),
    meetingElections: await db
      .selectFrom('meeting_elected as e')
      .innerJoin('meeting_elections as l', 'l.id', 'e.election_id')
      .select(['l.office', 'e.name', 'e.is_deputy'])
      .where('e.organization_id', '=', organizationId)
      .where('e.person_id', '=', personId)
      .execute(),
    meetingRoles: await db
      .selectFrom('meetings as m')
      .innerJoin('activities as a', 'a.id', 'm.activity_id')
      .select(['a.title as meeting', 'm.chair_person_id', 'm.secretary_person_id'])
      .where('m.organization_id', '=', organizationId)
      .where((eb) =>
        eb.or([eb('m.chair_person_id', '=', personId), eb('m.secretary_person_id', '=', personId)]),
      )
      .execute()
      .then((rows) =>
        rows.map((row) => ({
          meeting: row.meeting,
          role: row.chair_person_id === personId ? 'chair' : 'secretary',
        })),
      ),
    agendaItemsPrepared: await db
      .selectFrom('meeting_agenda_items')
      .select(['title'])
      .where('organization_id', '=', organizationId)
      .where('preparer_person_id', '=', personId)
      .execute(),
    meetingTasks: await db
      .selectFrom('meeting_tasks')
      .select(['title', 'due_on', 'status', 'follow_up_note'])
      .where('organization_id', '=', organizationId)
      .where('responsible_person_id', '=', personId)
      .execute(),
    boardRoles: await db
      .selectFrom('board_roles')
      .select(['title', 'description'])
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute(),
  };
}

export const meetingsPersonData: PersonDataPart = {
  tables: [
    'meetings',
    'meeting_agenda_items',
    ...ownRows,
    'meeting_topic_proposals',
    'meeting_speakers',
    'meeting_elected',
    'meeting_tasks',
    'board_roles',
  ],
  myData: myMeetingData,
  async erase(trx, { organizationId, personId }) {
    for (const table of ownRows) {
      await trx
        .deleteFrom(table)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
    }
    // The elected keep their place in the election's record, without a name.
    await trx
      .updateTable('meeting_elected')
      .set({ name: '–' })
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
    for (const [table, column] of personColumns) {
      await trx
        .updateTable(table)
        .set({ [column]: null })
        .where('organization_id', '=', organizationId)
        .where(column, '=', personId)
        .execute();
    }
  },
  kept: {
    meeting_speakers:
      'An erased person’s turns stay without them, with the gender they stated, so the ' +
      'meeting’s speaking statistics (totals only) stay as they were.',
  },
  async merge(trx, { organizationId, keepId, mergeId }) {
    // Rows both have (the same meeting, the same proposal): the kept person's stays.
    for (const table of ownRows) {
      const key = table === 'meeting_topic_supports' ? 'proposal_id' : 'meeting_id';
      await trx
        .deleteFrom(table)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', mergeId)
        .where(key, 'in', (eb) =>
          eb
            .selectFrom(`${table} as k` as 'meeting_planners as k')
            .select(`k.${key}` as 'k.meeting_id')
            .where('k.person_id', '=', keepId),
        )
        .execute();
    }
  },
};
