import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { coverageForPeriod } from '../../areas/server/coverage.service.ts';
import type { MeetingNumbers, NumbersQuery } from '../meeting-records.contract.ts';
import { byGender, type Turn } from '../speaking-statistics.ts';
import { listTurns } from './room.service.ts';

// The activity plan's numbers for meetings (delmål 5 and 4): meetings held in a period, where,
// how many came, the members' topics taken up, and the balance of speaking time by gender.

/** The numbers for meetings held (not cancelled, started) in the period, up to `now`. */
export async function meetingNumbersForPeriod(
  db: Kysely<DB>,
  organizationId: string,
  query: NumbersQuery,
  now: Date = new Date(),
): Promise<MeetingNumbers> {
  // The period's days are Stockholm's; a meeting counts by its start, up to now.
  const start = sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/Stockholm'`;
  const end = sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`;
  const meetings = await db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .select(['m.id', 'm.kind', 'a.local_group_id', 'a.type_id'])
    .select((eb) => [
      eb
        .selectFrom('meeting_attendance as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.meeting_id', '=', 'm.id')
        .as('attendance'),
    ])
    .where('m.organization_id', '=', organizationId)
    .where('a.cancelled_at', 'is', null)
    .where('a.starts_at', '>=', start)
    .where('a.starts_at', '<', end)
    .where('a.starts_at', '<=', now)
    .execute();
  const ids = meetings.map((m) => m.id);
  const proposals = ids.length
    ? await db
        .selectFrom('meeting_topic_proposals')
        .select(['agenda_item_id'])
        .where('organization_id', '=', organizationId)
        .where('meeting_id', 'in', ids)
        .execute()
    : [];
  // Decisions and tasks of these meetings, in this association only.
  const counts = ids.length
    ? await db
        .selectFrom('meetings as m')
        .select((eb) => [
          eb
            .selectFrom('meeting_decisions as d')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('d.meeting_id', '=', 'm.id')
            .where('d.organization_id', '=', organizationId)
            .as('decisions'),
          eb
            .selectFrom('meeting_tasks as t')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('t.meeting_id', '=', 'm.id')
            .where('t.organization_id', '=', organizationId)
            .where('t.status', '=', 'open')
            .as('open'),
          eb
            .selectFrom('meeting_tasks as t')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('t.meeting_id', '=', 'm.id')
            .where('t.organization_id', '=', organizationId)
            .where('t.status', '=', 'done')
            .as('done'),
        ])
        .where('m.organization_id', '=', organizationId)
        .where('m.id', 'in', ids)
        .execute()
    : [];
  const sum = (key: 'decisions' | 'open' | 'done') =>
    counts.reduce((total, row) => total + Number(row[key] ?? 0), 0);
  const turns: Turn[] = await listTurns(db, organizationId, ids);
  const byKind: Record<string, number> = {};
  for (const meeting of meetings) byKind[meeting.kind] = (byKind[meeting.kind] ?? 0) + 1;
  const attendance = meetings.reduce((sum, m) => sum + Number(m.attendance ?? 0), 0);
  return {
    from: query.from,
    to: query.to,
    held: meetings.length,
    byKind,
    localGroups: new Set(meetings.map((m) => m.local_group_id).filter(Boolean)).size,
    districts: await districtsWithMeetings(db, organizationId, query, meetings, now),
    attendance,
    meanAttendance: meetings.length ? Math.round((attendance / meetings.length) * 10) / 10 : 0,
    topicsProposed: proposals.length,
    topicsTakenUp: proposals.filter((p) => p.agenda_item_id !== null).length,
    speakingByGender: Object.fromEntries(
      Object.entries(byGender(turns, now)).map(([gender, totals]) => [
        gender,
        { turns: totals.turns, seconds: totals.seconds },
      ]),
    ),
    decisions: sum('decisions'),
    tasksOpen: sum('open'),
    tasksDone: sum('done'),
  };
}

/**
 * Election districts where the period's meetings were held, placed by the areas feature's map
 * (the meeting activities' points in its districts): the districts with an activity of a type
 * the meetings had. None without a map.
 */
async function districtsWithMeetings(
  db: Kysely<DB>,
  organizationId: string,
  query: NumbersQuery,
  meetings: { type_id: string }[],
  now: Date,
) {
  if (meetings.length === 0) return 0;
  const types = new Set(meetings.map((m) => m.type_id));
  const coverage = await coverageForPeriod(db, organizationId, query, now);
  return coverage.districts.filter((district) =>
    Object.entries(district.byType).some(([typeId, count]) => types.has(typeId) && count > 0),
  ).length;
}
