import type { ElectionImport, Geometry, ResultRow } from './import/election-import.ts';

// Small elections made by hand for tests: squares of 0.1° side by side on a row at 59° N.

/** A square district, `column` squares east of 18° E. */
export function squareGeometry(column: number, size = 0.1): Geometry {
  const [west, south] = [18 + column * size, 59];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  };
}

export function buildResultRow(overrides: Partial<ResultRow> & { code: string }): ResultRow {
  return {
    name: `Distrikt ${overrides.code.slice(4)}`,
    municipalityCode: overrides.code.slice(0, 4),
    eligibleVoters: 1000,
    votesCast: 700,
    validVotes: 690,
    invalidVotes: 10,
    blankVotes: 5,
    parties: { M: 100, C: 50, L: 40, KD: 30, S: 200, V: 120, MP: 50, SD: 80, OVR: 20 },
    unallocated: false,
    ...overrides,
  };
}

/** A prepared import of districts in a row (`hasGeometry` false: results only), as parse makes it. */
export function buildElectionImport(
  districts: Array<{ code: string; hasGeometry?: boolean; hasResult?: boolean }>,
): ElectionImport {
  const joined = districts.map((d, column) => ({
    code: d.code,
    name: `Distrikt ${d.code.slice(4)}`,
    geometry: d.hasGeometry === false ? null : squareGeometry(column),
    result: d.hasResult === false ? null : buildResultRow({ code: d.code }),
  }));
  const results = joined.flatMap((d) => (d.result ? [d.result] : []));
  const unmatchedPolygons = joined.filter((d) => !d.result).map((d) => d.code);
  const unmatchedResults = joined.filter((d) => !d.geometry).map((d) => d.code);
  return {
    municipality: { code: districts[0]!.code.slice(0, 4), name: 'Provkommun' },
    projection: 'wgs84',
    districts: joined,
    unallocated: [],
    report: {
      districts: joined.length,
      matched: joined.filter((d) => d.geometry && d.result).length,
      unmatched: [...unmatchedPolygons, ...unmatchedResults],
      polygonsWithoutResults: unmatchedPolygons,
      resultsWithoutPolygons: unmatchedResults,
      unallocated: 0,
      eligible_voters: results.reduce((sum, r) => sum + r.eligibleVoters, 0),
      votes_cast: results.reduce((sum, r) => sum + r.votesCast, 0),
      valid_votes: results.reduce((sum, r) => sum + r.validVotes, 0),
    },
  };
}
