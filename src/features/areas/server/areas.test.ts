import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

// Settings, priority areas and local groups' districts: organizers only, one association each.

let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;
let organizer: TestSession;
let coordinator: TestSession;
let otherOrganizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'omraden');
  other = await seedAssociation(t.db, 'andra-omraden');
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
  otherOrganizer = await login(t.app, other.emails.organizer);
});
afterAll(() => t.close());

const call = (
  session: TestSession,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

describe('area settings', () => {
  it('start as defaults and are saved whole; a foreign election is refused', async () => {
    const initial = await call(organizer, 'GET', '/api/areas/settings');
    expect(initial.json()).toEqual({
      municipalityCode: null,
      party: 'V',
      mapElectionId: null,
      weights: { lowTurnout: 1, partyShare: 1, eligibleVoters: 0, nonVoters: 0 },
    });
    const settings = {
      municipalityCode: '0126',
      party: 'S',
      mapElectionId: null,
      weights: { lowTurnout: 2, partyShare: 0.5, eligibleVoters: 1, nonVoters: 3 },
    };
    const saved = await call(organizer, 'PUT', '/api/areas/settings', settings);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await call(organizer, 'GET', '/api/areas/settings')).json()).toEqual(settings);
    expect((await call(otherOrganizer, 'GET', '/api/areas/settings')).json().party).toBe('V');

    const foreign = await call(organizer, 'PUT', '/api/areas/settings', {
      ...settings,
      mapElectionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('body.mapElectionId');
    const badCode = await call(organizer, 'PUT', '/api/areas/settings', {
      ...settings,
      municipalityCode: '126',
    });
    expect(badCode.statusCode).toBe(400);
  });

  it('are for organizers', async () => {
    expect((await call(coordinator, 'GET', '/api/areas/settings')).statusCode).toBe(403);
    expect((await call(coordinator, 'GET', '/api/areas/elections')).statusCode).toBe(403);
  });
});

describe('priority areas', () => {
  it('are created, renamed, given districts and deleted, within the association', async () => {
    const created = await call(organizer, 'POST', '/api/areas/priority-areas', {
      name: 'Flemingsberg',
      districtCodes: ['01260409', '01260403', '01260409'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const area = created.json();
    expect(area).toMatchObject({ name: 'Flemingsberg', districtCodes: ['01260403', '01260409'] });

    const taken = await call(organizer, 'POST', '/api/areas/priority-areas', {
      name: 'Flemingsberg',
      districtCodes: ['01260402'],
    });
    expect(taken.statusCode).toBe(409);
    const badCode = await call(organizer, 'POST', '/api/areas/priority-areas', {
      name: 'Fel',
      districtCodes: ['1260402'],
    });
    expect(badCode.statusCode).toBe(400);

    const url = `/api/areas/priority-areas/${area.id}`;
    const renamed = await call(organizer, 'PATCH', url, {
      name: 'Flemingsberg och Grantorp',
      districtCodes: ['01260402', '01260403'],
    });
    expect(renamed.json()).toMatchObject({
      name: 'Flemingsberg och Grantorp',
      districtCodes: ['01260402', '01260403'],
    });
    expect((await call(otherOrganizer, 'PATCH', url, { name: 'X' })).statusCode).toBe(404);
    expect((await call(otherOrganizer, 'DELETE', url)).statusCode).toBe(404);
    expect((await call(otherOrganizer, 'GET', '/api/areas/priority-areas')).json().items).toEqual(
      [],
    );

    expect((await call(organizer, 'DELETE', url)).json()).toEqual({ ok: true });
    expect((await call(organizer, 'GET', '/api/areas/priority-areas')).json().items).toEqual([]);
  });
});

describe("local groups' districts", () => {
  it('are set per group, replaced whole, and another association’s group is not found', async () => {
    const url = `/api/areas/local-groups/${org.groupIds[0]}`;
    const set = await call(organizer, 'PUT', url, { districtCodes: ['01260305', '01260304'] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      localGroupId: org.groupIds[0],
      name: 'Norra',
      districtCodes: ['01260304', '01260305'],
    });
    await call(organizer, 'PUT', url, { districtCodes: ['01260313'] });
    const all = (await call(organizer, 'GET', '/api/areas/local-groups')).json().items;
    expect(all).toEqual([
      // No election imported here: no names known.
      {
        localGroupId: org.groupIds[0],
        name: 'Norra',
        districtCodes: ['01260313'],
        districtNames: {},
      },
      { localGroupId: org.groupIds[1], name: 'Södra', districtCodes: [], districtNames: {} },
    ]);
    expect((await call(otherOrganizer, 'GET', url)).statusCode).toBe(404);
    expect(
      (await call(otherOrganizer, 'PUT', url, { districtCodes: ['01260313'] })).statusCode,
    ).toBe(404);
    expect((await call(organizer, 'GET', url)).json().districtCodes).toEqual(['01260313']);
  });
});
