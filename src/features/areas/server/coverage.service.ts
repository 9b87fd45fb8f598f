import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { Coverage, CoverageQuery, CoverageReport } from '../areas.contract.ts';
import { findMapElectionId } from './area-settings.queries.ts';
import { districtIndexOf } from './district-index.cache.ts';
import { getElectionRow } from './elections.queries.ts';
import { districtAt } from './geometry/district-index.ts';
import { listLocalGroupDistricts } from './local-group-districts.queries.ts';
import { listPriorityAreas } from './priority-areas.queries.ts';

// Coverage: what was done where. Activities are placed in a district at query time, by their
// map point in the map election's polygons (never chosen by hand); a local group covers the
// districts it was given, and its own activities that have no place on the map.

interface PlacedActivity {
  id: string;
  typeId: string;
  localGroupId: string | null;
  startsAt: Date;
  isInPeriod: boolean;
  district: string | null;
  report: {
    doorsKnocked: number;
    conversations: number;
    newContacts: number;
    leaflets: number;
  } | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The not cancelled activities that started before the period's end, placed in districts. */
async function placeActivities(
  db: Kysely<DB>,
  organizationId: string,
  query: { from: string; to: string },
  election: { id: string; imported_at: Date } | null,
) {
  const start = sql<Date>`(${query.from}::date)::timestamp at time zone 'Europe/Stockholm'`;
  const end = sql<Date>`(${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`;
  const [rows, bounds] = await Promise.all([
    db
      .selectFrom('activities as a')
      .leftJoin('activity_reports as r', 'r.activity_id', 'a.id')
      .select([
        'a.id',
        'a.type_id',
        'a.local_group_id',
        'a.latitude',
        'a.longitude',
        'a.starts_at',
        sql<boolean>`a.starts_at >= ${start}`.as('is_in_period'),
        'r.activity_id as report_id',
        'r.doors_knocked',
        'r.conversations',
        'r.new_contacts',
        'r.leaflets',
      ])
      .where('a.organization_id', '=', organizationId)
      .where('a.cancelled_at', 'is', null)
      .where('a.starts_at', '<', end)
      .execute(),
    db.selectNoFrom([end.as('end')]).executeTakeFirstOrThrow(),
  ]);
  const index = election ? await districtIndexOf(db, organizationId, election) : null;
  const activities = rows.map((row): PlacedActivity => ({
    id: row.id,
    typeId: row.type_id,
    localGroupId: row.local_group_id,
    startsAt: row.starts_at,
    isInPeriod: row.is_in_period,
    district:
      index && row.latitude !== null && row.longitude !== null
        ? districtAt(index, row.longitude, row.latitude)
        : null,
    report: row.report_id
      ? {
          doorsKnocked: row.doors_knocked ?? 0,
          conversations: row.conversations ?? 0,
          newContacts: row.new_contacts ?? 0,
          leaflets: row.leaflets ?? 0,
        }
      : null,
  }));
  return { activities, end: new Date(bounds.end) };
}

function coverageOf(activities: PlacedActivity[], asOf: Date): Coverage {
  const coverage: Coverage = {
    activities: 0,
    byType: {},
    reports: 0,
    reached: { doorsKnocked: 0, conversations: 0, newContacts: 0, leaflets: 0 },
    lastActivityAt: null,
    daysSinceLast: null,
  };
  let last: Date | null = null;
  for (const activity of activities) {
    if (activity.startsAt <= asOf && (!last || activity.startsAt > last)) last = activity.startsAt;
    if (!activity.isInPeriod) continue;
    coverage.activities += 1;
    coverage.byType[activity.typeId] = (coverage.byType[activity.typeId] ?? 0) + 1;
    if (activity.report) {
      coverage.reports += 1;
      for (const key of Object.keys(coverage.reached) as (keyof Coverage['reached'])[])
        coverage.reached[key] += activity.report[key];
    }
  }
  if (last) {
    coverage.lastActivityAt = last.toISOString();
    coverage.daysSinceLast = Math.floor((asOf.getTime() - last.getTime()) / DAY_MS);
  }
  return coverage;
}

/**
 * Coverage per district, priority area and local group in a period (days in Europe/Stockholm,
 * `to` inclusive). For the activity plan's indicators as well as the map.
 */
export async function coverageForPeriod(
  db: Kysely<DB>,
  organizationId: string,
  query: CoverageQuery,
  now: Date = new Date(),
): Promise<CoverageReport> {
  const electionId = query.electionId ?? (await findMapElectionId(db, organizationId));
  const election = electionId ? await getElectionRow(db, organizationId, electionId) : null;
  const [{ activities, end }, districts, priorityAreas, groups, types] = await Promise.all([
    placeActivities(db, organizationId, query, election),
    election
      ? db
          .selectFrom('election_districts')
          .select(['code', 'name'])
          .where('organization_id', '=', organizationId)
          .where('election_id', '=', election.id)
          .orderBy('code')
          .execute()
      : Promise.resolve([]),
    listPriorityAreas(db, organizationId),
    listLocalGroupDistricts(db, organizationId),
    db
      .selectFrom('activity_types')
      .select(['id', 'key', 'name'])
      .where('organization_id', '=', organizationId)
      .orderBy('position')
      .orderBy('name')
      .execute(),
  ]);
  const asOf = end < now ? end : now;
  const byDistrict = new Map<string, PlacedActivity[]>();
  for (const activity of activities) {
    if (!activity.district) continue;
    const list = byDistrict.get(activity.district) ?? [];
    list.push(activity);
    byDistrict.set(activity.district, list);
  }
  const inDistricts = (codes: string[]) => codes.flatMap((code) => byDistrict.get(code) ?? []);

  return {
    from: query.from,
    to: query.to,
    electionId: election?.id ?? null,
    activityTypes: types,
    districts: districts.map((d) => ({ ...d, ...coverageOf(byDistrict.get(d.code) ?? [], asOf) })),
    priorityAreas: priorityAreas.map((area) => ({
      id: area.id,
      name: area.name,
      ...coverageOf(inDistricts(area.districtCodes), asOf),
    })),
    localGroups: groups.map((group) => {
      const own = activities.filter((a) => a.localGroupId === group.localGroupId && !a.district);
      return {
        id: group.localGroupId,
        name: group.name,
        ...coverageOf([...inDistricts(group.districtCodes), ...own], asOf),
      };
    }),
    unplaced: activities.filter((a) => a.isInPeriod && !a.district).length,
  };
}
