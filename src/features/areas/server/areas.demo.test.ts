import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp, type TestApp, type TestSession } from '../../../server/testing.ts';

// The demo association works in Huddinge with the real 2022 results.

let t: TestApp;
let organizer: TestSession;

beforeAll(async () => {
  ({ t, admin: organizer } = await createDemoTestApp());
}, 60_000);
afterAll(() => t.close());

const get = (url: string) =>
  t.app.inject({ url, headers: organizer.headers }).then((r) => r.json());

describe('the demo association', () => {
  it("has Huddinge's 64 districts, the ranking's priority areas and its groups' districts", async () => {
    const settings = await get('/api/areas/settings');
    expect(settings).toMatchObject({ municipalityCode: '0126', party: 'V' });
    const election = await get(`/api/areas/elections/${settings.mapElectionId}`);
    expect(election).toMatchObject({
      name: 'Kommunval 2022',
      districtCount: 64,
      eligibleVoters: 84765,
      votesCast: 62949,
    });
    const areas = (await get('/api/areas/priority-areas')).items as {
      name: string;
      districtCodes: string[];
    }[];
    const byName = areas.map((area) => [area.name, area.districtCodes.length]);
    expect(Object.fromEntries(byName)).toEqual({ Flemingsberg: 8, Vårby: 6, 'Västra Skogås': 4 });
    expect(areas.find((area) => area.name === 'Flemingsberg')?.districtCodes).toContain('01260409');
    const groups = (await get('/api/areas/local-groups')).items as {
      name: string;
      districtCodes: string[];
      districtNames: Record<string, string>;
    }[];
    expect(groups.find((g) => g.name === 'Vårby')?.districtCodes).toContain('01260313');
    // Named from the import, so a group's page can list them.
    expect(groups.find((g) => g.name === 'Vårby')?.districtNames['01260313']).toMatch(/Vårby/);
    expect(groups.every((g) => g.districtCodes.length > 0)).toBe(true);

    const coverage = await get('/api/areas/coverage?from=2020-01-01&to=2030-12-31');
    expect(coverage.districts).toHaveLength(64);
  });
});
