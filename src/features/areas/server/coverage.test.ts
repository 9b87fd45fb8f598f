import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActivityTypes } from '../../activities/schedule/server/activity-types.queries.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';
import { buildElectionImport } from './areas.factories.ts';
import { coverageForPeriod } from './coverage.service.ts';
import { storeElection } from './elections.queries.ts';

// Coverage: activities placed in districts by their map point, at query time. Two square
// districts side by side (A west, B east) and one with results only (C).

let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;
let organizer: TestSession;
let otherOrganizer: TestSession;
let electionId: string;
const [A, B, C] = ['01269901', '01269902', '01269903'];

async function addActivity(
  organizationId: string,
  values: {
    type: string;
    at: string;
    point?: [number, number];
    groupId?: string;
    cancelled?: boolean;
    report?: {
      doors_knocked: number;
      conversations: number;
      new_contacts: number | null;
      leaflets: number;
    };
  },
) {
  const type = await t.db
    .selectFrom('activity_types')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('key', '=', values.type)
    .executeTakeFirstOrThrow();
  const startsAt = new Date(values.at);
  const activity = await t.db
    .insertInto('activities')
    .values({
      organization_id: organizationId,
      title: 'Aktivitet',
      type_id: type.id,
      local_group_id: values.groupId ?? null,
      latitude: values.point?.[1] ?? null,
      longitude: values.point?.[0] ?? null,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * 3600_000),
      cancelled_at: values.cancelled ? startsAt : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.report)
    await t.db
      .insertInto('activity_reports')
      .values({ activity_id: activity.id, organization_id: organizationId, ...values.report })
      .execute();
  return { id: activity.id, typeId: type.id };
}

let leafleting: string;
let doorKnocking: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'tackning');
  other = await seedAssociation(t.db, 'annan-tackning');
  for (const id of [org.id, other.id]) await seedActivityTypes(t.db, id);
  organizer = await login(t.app, org.emails.organizer);
  otherOrganizer = await login(t.app, other.emails.organizer);
  const prepared = buildElectionImport([{ code: A }, { code: B }, { code: C, hasGeometry: false }]);
  const election = await t.db
    .transaction()
    .execute((trx) => storeElection(trx, org.id, { name: 'Provval', importedBy: null, prepared }));
  electionId = election.id;

  const inA: [number, number] = [18.05, 59.05];
  leafleting = (
    await addActivity(org.id, {
      type: 'leafleting',
      at: '2025-03-10T10:00:00Z',
      point: inA,
      report: { doors_knocked: 20, conversations: 5, new_contacts: null, leaflets: 100 },
    })
  ).typeId;
  doorKnocking = (
    await addActivity(org.id, {
      type: 'door_knocking',
      at: '2025-03-20T10:00:00Z',
      point: inA,
      report: { doors_knocked: 40, conversations: 12, new_contacts: 3, leaflets: 0 },
    })
  ).typeId;
  await addActivity(org.id, { type: 'stall', at: '2025-01-15T10:00:00Z', point: [18.15, 59.05] });
  await addActivity(org.id, {
    type: 'stall',
    at: '2025-03-05T10:00:00Z',
    groupId: org.groupIds[1],
  });
  await addActivity(org.id, {
    type: 'stall',
    at: '2025-03-06T10:00:00Z',
    point: inA,
    cancelled: true,
  });
  await addActivity(org.id, { type: 'stall', at: '2025-03-07T10:00:00Z', point: [10, 50] });
  // The period's last day ends at midnight in Stockholm (22:00 UTC in summer time).
  await addActivity(org.id, { type: 'stall', at: '2025-03-31T21:30:00Z', point: [18.15, 59.05] });
  await addActivity(other.id, { type: 'stall', at: '2025-03-10T10:00:00Z', point: inA });
}, 60_000);
afterAll(() => t.close());

const get = (session: TestSession, url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { ...session.headers, ...headers } });

describe('coverage', () => {
  it('places activities by their point and sums them per district, priority area and local group', async () => {
    await t.app.inject({
      method: 'PUT',
      url: `/api/areas/local-groups/${org.groupIds[0]}`,
      headers: organizer.headers,
      payload: { districtCodes: [A] },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/areas/priority-areas',
      headers: organizer.headers,
      payload: { name: 'Öst', districtCodes: [B, C] },
    });
    const response = await get(organizer, '/api/areas/coverage?from=2025-03-01&to=2025-03-31');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.electionId).toBe(electionId);
    const [a, b, c] = report.districts;
    expect(a).toMatchObject({
      code: A,
      activities: 2,
      byType: { [leafleting]: 1, [doorKnocking]: 1 },
      reports: 2,
      reached: { doorsKnocked: 60, conversations: 17, newContacts: 3, leaflets: 100 },
      lastActivityAt: '2025-03-20T10:00:00.000Z',
      daysSinceLast: 11,
    });
    expect(b).toMatchObject({ code: B, activities: 1, daysSinceLast: 0 });
    expect(c).toMatchObject({ code: C, activities: 0, lastActivityAt: null, daysSinceLast: null });
    expect(report.priorityAreas).toEqual([
      expect.objectContaining({
        name: 'Öst',
        activities: 1,
        lastActivityAt: '2025-03-31T21:30:00.000Z',
      }),
    ]);
    const [north, south] = report.localGroups;
    expect(north).toMatchObject({ id: org.groupIds[0], activities: 2, reports: 2 });
    // Södra has no districts: its own activity without a point is its coverage.
    expect(south).toMatchObject({ id: org.groupIds[1], activities: 1 });
    expect(report.unplaced).toBe(2);

    // Before the period: B's January stall is its last activity, 44 whole days before March.
    const february = await coverageForPeriod(t.db, org.id, {
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(february.districts[1]).toMatchObject({ code: B, activities: 0, daysSinceLast: 44 });
  });

  it('answers another association with its own, and 404 for a foreign election', async () => {
    const theirs = await get(otherOrganizer, '/api/areas/coverage?from=2025-03-01&to=2025-03-31');
    expect(theirs.json()).toMatchObject({ electionId: null, districts: [], unplaced: 1 });
    const foreign = await get(
      otherOrganizer,
      `/api/areas/coverage?from=2025-03-01&to=2025-03-31&electionId=${electionId}`,
    );
    expect(foreign.statusCode).toBe(404);
    const backwards = await get(organizer, '/api/areas/coverage?from=2025-03-31&to=2025-03-01');
    expect(backwards.statusCode).toBe(400);
  });
});

describe('topology', () => {
  it('is TopoJSON per level, gzipped with an ETag, 304 when unchanged, 404 elsewhere', async () => {
    const url = `/api/areas/elections/${electionId}/topology?level=county`;
    const first = await get(organizer, url, { 'accept-encoding': 'gzip' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    const topology = JSON.parse(gunzipSync(first.rawPayload).toString());
    expect(topology.type).toBe('Topology');
    const codes = topology.objects.districts.geometries.map(
      (g: { properties: { code: string } }) => g.properties.code,
    );
    expect(codes.sort()).toEqual([A, B]);
    const etag = first.headers.etag as string;
    const again = await get(organizer, url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect((await get(otherOrganizer, url)).statusCode).toBe(404);
    const plain = await get(organizer, `/api/areas/elections/${electionId}/topology`);
    expect(plain.json().type).toBe('Topology');

    const detail = (await get(organizer, `/api/areas/elections/${electionId}`)).json();
    expect(
      detail.districts.map((d: { code: string; hasGeometry: boolean }) => [d.code, d.hasGeometry]),
    ).toEqual([
      [A, true],
      [B, true],
      [C, false],
    ]);
    expect(detail.districts[0]).toMatchObject({ bbox: [18, 59, 18.1, 59.1], turnout: 0.7 });
  });
});
