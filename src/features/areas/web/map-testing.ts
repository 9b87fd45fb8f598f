import type { DistrictResult, ElectionDetail } from '../areas.contract.ts';
import { json } from '../../../platform/web/web-testing.ts';

// A small election for the map's component tests: three districts of Huddinge (invented
// numbers), settings that weigh low turnout and the party's share alike, an empty topology.

export const ELECTION_ID = '44444444-4444-4444-8444-444444444444';

function district(
  code: string,
  name: string,
  eligibleVoters: number,
  votesCast: number,
  v: number,
  bbox: [number, number, number, number],
): DistrictResult {
  return {
    code,
    name,
    hasGeometry: true,
    bbox,
    eligibleVoters,
    votesCast,
    turnout: votesCast / eligibleVoters,
    validVotes: votesCast,
    invalidVotes: 0,
    blankVotes: 0,
    partyVotes: { M: 0, C: 0, L: 0, KD: 0, S: votesCast - v, V: v, MP: 0, SD: 0, OVR: 0 },
  };
}

export const election: ElectionDetail = {
  id: ELECTION_ID,
  name: 'Kommunval 2022',
  municipalityCode: '0126',
  municipalityName: 'Huddinge',
  eligibleVoters: 4000,
  votesCast: 3000,
  validVotes: 3000,
  turnout: 0.75,
  districtCount: 3,
  importedAt: '2026-01-01T00:00:00.000Z',
  // turnout 90 %, 60 %, 75 %; V 10 %, 10 %, 40 %
  districts: [
    district('01260001', 'Centrum', 1000, 900, 90, [17.9, 59.2, 17.95, 59.25]),
    district('01260002', 'Flemingsberg', 1000, 600, 60, [17.95, 59.2, 18.0, 59.25]),
    district('01260003', 'Vårby', 2000, 1500, 600, [17.85, 59.25, 17.9, 59.3]),
  ],
  unallocated: [],
};

export const settings = {
  municipalityCode: '0126',
  party: 'V',
  mapElectionId: ELECTION_ID,
  weights: { lowTurnout: 1, partyShare: 1, eligibleVoters: 0, nonVoters: 0 },
};

/** The map's GET answers; null for anything else. */
export function mapAnswer(url: string): Response | null {
  const path = url.split('?')[0];
  if (path === '/api/areas/settings') return json(settings);
  if (path === '/api/areas/elections') return json({ items: [election] });
  if (path === `/api/areas/elections/${ELECTION_ID}`) return json(election);
  if (path === `/api/areas/elections/${ELECTION_ID}/topology`)
    return json({
      type: 'Topology',
      arcs: [],
      objects: { districts: { type: 'GeometryCollection', geometries: [] } },
    });
  if (path === '/api/areas/map-tiles') return json({ tiles: null });
  if (path === '/api/areas/local-groups') return json({ items: [] });
  if (path === '/api/areas/coverage') return null;
  return null;
}
