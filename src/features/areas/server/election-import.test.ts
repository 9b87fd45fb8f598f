import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';
import { huddingeFiles } from './areas.demo.ts';

// Importing an election through the API with Huddinge's real files (db/seed/elections/huddinge/):
// preview stores nothing, import stores all in one transaction, a bad file stores nothing.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;
let otherOrganizer: TestSession;
const { geometry, results } = huddingeFiles();

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'valimport');
  const other = await seedAssociation(t.db, 'annan-valimport');
  organizer = await login(t.app, org.emails.organizer);
  otherOrganizer = await login(t.app, other.emails.organizer);
}, 60_000);
afterAll(() => t.close());

const post = (url: string, payload: object, session = organizer) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });
const count = async (table: 'elections' | 'election_districts' | 'election_unallocated') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('election import', () => {
  it('previews, imports, lists and shows Huddinge 2022 with the official totals', async () => {
    const input = { geometry, results, election: 'Kommunval 2022' };
    const preview = await post('/api/areas/import/preview', input);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      municipality: { code: '0126', name: 'Huddinge' },
      projection: 'wgs84',
      districts: 64,
      matched: 64,
      unmatched: [],
      unallocated: 1,
      eligibleVoters: 84765,
      votesCast: 62949,
      replaces: false,
    });
    expect(await count('elections')).toBe(0);

    const imported = await post('/api/areas/import', input);
    expect(imported.statusCode, imported.body).toBe(201);
    const { election } = imported.json();
    expect(election).toMatchObject({ name: 'Kommunval 2022', districtCount: 64, votesCast: 62949 });
    expect(election.turnout).toBeCloseTo(0.7426, 4);

    const detail = (
      await t.app.inject({ url: `/api/areas/elections/${election.id}`, headers: organizer.headers })
    ).json();
    const byName = (name: string) =>
      detail.districts.find((d: { name: string }) => d.name === name);
    expect(byName('Vårby gård västra').turnout).toBeCloseTo(0.3413, 4);
    expect(byName('Milsten').turnout).toBeCloseTo(0.8998, 4);
    const south = byName('Flemingsberg södra');
    expect(south.partyVotes.V / south.validVotes).toBeCloseTo(0.2944, 4);
    expect(detail.unallocated).toEqual([
      expect.objectContaining({ code: '01269800', votesCast: 2563 }),
    ]);
    expect(
      (
        await t.app.inject({
          url: `/api/areas/elections/${election.id}`,
          headers: otherOrganizer.headers,
        })
      ).statusCode,
    ).toBe(404);

    // Re-importing under the same name replaces it, keeping its id.
    const again = await post('/api/areas/import', input);
    expect(again.json()).toMatchObject({
      election: { id: election.id },
      report: { replaces: true },
    });
    expect(await count('election_districts')).toBe(64);
    expect(await count('election_unallocated')).toBe(1);
    const listed = (
      await t.app.inject({ url: '/api/areas/elections', headers: organizer.headers })
    ).json();
    expect(listed.items).toHaveLength(1);
  });

  it('refuses a bad file with what and where, and stores nothing of it', async () => {
    const before = await count('election_districts');
    const noVotes = results.replace('votes_cast', 'rostande');
    const refused = await post('/api/areas/import', {
      geometry,
      results: noVotes,
      election: 'Trasig',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.results', code: 'invalid_file' });
    expect(refused.json().errors[0].message).toMatch(/Resultatfilen/);
    const notGeo = await post('/api/areas/import', {
      geometry: '{"type":"Feature"',
      results,
      election: 'Trasig',
    });
    expect(notGeo.json().errors[0].path).toBe('body.geometry');
    expect(await count('election_districts')).toBe(before);
    expect(await count('elections')).toBe(1);
  });

  it('asks for a municipality when the file holds several, and takes the chosen one', async () => {
    // Half of Huddinge's polygons given another municipality's codes: a file with two.
    const file = JSON.parse(geometry) as { features: { properties: Record<string, string> }[] };
    file.features.slice(0, 30).forEach((feature) => {
      feature.properties.district_code = `0127${feature.properties.district_code!.slice(4)}`;
      feature.properties.kommun_code = '0127';
      feature.properties.kommun_name = 'Botkyrka';
    });
    const two = { geometry: JSON.stringify(file), results, election: 'Två kommuner' };
    const ask = await post('/api/areas/import/preview', two);
    expect(ask.statusCode).toBe(400);
    expect(ask.json().errors[0]).toMatchObject({
      path: 'body.municipality',
      code: 'choose_municipality',
    });
    expect(ask.json().errors[0].message).toMatch(
      /0126 Huddinge.*0127 Botkyrka|0127 Botkyrka.*0126 Huddinge/,
    );
    const chosen = await post('/api/areas/import/preview', { ...two, municipality: '0126' });
    expect(chosen.json()).toMatchObject({ districts: 34 + 30, matched: 34 });
    expect(chosen.json().resultsWithoutPolygons).toHaveLength(30);
  });
});

describe('deleting an election', () => {
  it('takes its districts along and clears it as the map election', async () => {
    const imported = await post('/api/areas/import', { geometry, results, election: 'Borttas' });
    const { id } = imported.json().election;
    const settings = {
      municipalityCode: '0126',
      party: 'V',
      mapElectionId: id,
      weights: { lowTurnout: 1, partyShare: 1, eligibleVoters: 0, nonVoters: 0 },
    };
    const headers = organizer.headers;
    await t.app.inject({ method: 'PUT', url: '/api/areas/settings', headers, payload: settings });
    const topology = `/api/areas/elections/${id}/topology?level=municipality`;
    expect((await t.app.inject({ url: topology, headers })).statusCode).toBe(200);
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/areas/elections/${id}`,
      headers: otherOrganizer.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/areas/elections/${id}`,
      headers,
    });
    expect(deleted.json()).toEqual({ ok: true });
    expect((await t.app.inject({ url: topology, headers })).statusCode).toBe(404);
    const after = await t.app.inject({ url: '/api/areas/settings', headers });
    expect(after.json()).toMatchObject({ municipalityCode: '0126', mapElectionId: null });
    const left = await t.db
      .selectFrom('election_districts')
      .select('code')
      .where('election_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });
});
