import { readFileSync } from 'node:fs';
import { joinResultFiles } from '../result-files.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { DemoStory } from '../../../platform/server/demo.ts';
import { priorityScores, rankDistricts } from '../priority-score.ts';
import { updateAreaSettings } from './area-settings.queries.ts';
import { storeElection } from './elections.queries.ts';
import { prepareElectionImport, type ElectionImport } from './import/election-import.ts';
import { setLocalGroupDistricts } from './local-group-districts.queries.ts';
import { createPriorityArea } from './priority-areas.queries.ts';

// The demo association works in Huddinge: its 64 districts with the real results of the 2022
// municipal election (db/seed/elections/huddinge/, Valmyndigheten and SCB), its priority areas
// as the ranking of that data suggests, and its local groups on the districts they are named for.

const files = new URL('../../../../db/seed/elections/huddinge/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, files), 'utf8');

export const DEMO_ELECTION = 'Kommunval 2022';

/**
 * Huddinge's files as the demo imports them (tests too): the polygons in WGS 84 (or as
 * published, in SWEREF 99 TM) and the 2022 results with the unallocated early votes' row appended.
 */
export function huddingeFiles(projection: 'wgs84' | 'sweref99tm' = 'wgs84') {
  return {
    geometry: read(
      projection === 'wgs84'
        ? 'huddinge_districts.geojson'
        : 'huddinge_districts_sweref99tm.geojson',
    ),
    results: joinResultFiles([
      read('huddinge_results_2022.csv'),
      read('huddinge_results_2022_unallocated.csv'),
    ]),
  };
}

/**
 * Parts of Huddinge by district code (the demo's local groups bear these names), for naming
 * the ranking's top districts: 18 of them are Flemingsberg's, Vårby gård's and Västra Skogås'.
 */
const places: Array<{ name: string; areaName?: string; codes: string[] }> = [
  {
    name: 'Flemingsberg',
    codes: ['0402', '0403', '0404', '0405', '0406', '0407', '0408', '0409', '0410', '0411', '0412'],
  },
  { name: 'Vårby', codes: ['0304', '0305', '0306', '0307', '0308', '0313'] },
  {
    name: 'Skogås–Trångsund',
    areaName: 'Västra Skogås',
    codes: [
      '0201',
      '0202',
      '0203',
      '0204',
      '0205',
      '0206',
      '0207',
      '0208',
      '0209',
      '0210',
      '0211',
      '0212',
      '0213',
      '0214',
    ],
  },
  {
    name: 'Huddinge centrum–Stuvsta',
    codes: ['0103', '0105', '0106', '0107', '0108', '0110', '0127', '0128', '0129', '0130', '0136'],
  },
  {
    name: 'Segeltorp–Kungens kurva',
    codes: ['0301', '0302', '0303', '0309', '0310', '0311', '0312'],
  },
  { name: 'Sjödalen–Fullersta', codes: ['0131', '0132', '0133', '0134', '0135'] },
];
const PRIORITY_DISTRICTS = 18;
/** The map's default weights: low turnout and the party's share alike. */
const DEMO_WEIGHTS = { lowTurnout: 1, partyShare: 1, eligibleVoters: 0, nonVoters: 0 };

/**
 * The districts where turnout is lowest and the party's share highest, equally weighted: the
 * map's default ranking, by the same score the map computes (`priority-score.ts`).
 */
export function topDistricts(prepared: ElectionImport, party: string, count: number) {
  const districts = prepared.districts.map((d) => ({
    code: d.code,
    eligibleVoters: d.result?.eligibleVoters ?? null,
    votesCast: d.result?.votesCast ?? null,
    validVotes: d.result?.validVotes ?? null,
    partyVotes: d.result?.parties ?? null,
  }));
  return rankDistricts(priorityScores(districts, party, DEMO_WEIGHTS), count);
}

export async function areasDemo(db: Kysely<DB>, story: DemoStory) {
  const prepared = prepareElectionImport({
    ...huddingeFiles(),
    municipality: '0126',
  });
  const election = await storeElection(db, story.organizationId, {
    name: DEMO_ELECTION,
    importedBy: story.organizerAccountId,
    prepared,
  });
  await updateAreaSettings(db, story.organizationId, {
    municipalityCode: '0126',
    party: 'V',
    mapElectionId: election.id,
    weights: DEMO_WEIGHTS,
  });
  const full = (short: string) => `0126${short}`;
  const top = new Set(topDistricts(prepared, 'V', PRIORITY_DISTRICTS));
  for (const place of places) {
    const codes = place.codes.map(full).filter((code) => top.has(code));
    if (codes.length > 0)
      await createPriorityArea(db, story.organizationId, {
        name: place.areaName ?? place.name,
        districtCodes: codes,
        createdBy: story.organizerAccountId,
      });
  }
  // The demo's local groups are named for these places, in this order.
  const groups = await db
    .selectFrom('local_groups')
    .select(['id', 'name'])
    .where('organization_id', '=', story.organizationId)
    .execute();
  for (const place of places) {
    const group = groups.find((g) => g.name === place.name);
    if (group)
      await setLocalGroupDistricts(db, story.organizationId, group.id, place.codes.map(full));
  }
}
