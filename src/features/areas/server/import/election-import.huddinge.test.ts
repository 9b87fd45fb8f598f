// Huddinge's cleaned files (db/seed/elections/huddinge), checked against the facts in its README.
import { describe, expect, it } from 'vitest';
import { readHuddingeFile } from './election-files.fixtures.ts';
import { prepareElectionImport, type Geometry, type ResultRow } from './election-import.ts';

const read = readHuddingeFile;
const wgs84 = read('huddinge_districts.geojson');
const sweref = read('huddinge_districts_sweref99tm.geojson');
const results2022 = read('huddinge_results_2022.csv');
/** The data rows of a second CSV, pasted under the first file (as the CLI user may do). */
const dataRows = (csv: string) => csv.split('\n').slice(1).join('\n');

function positions(geometry: Geometry | null): number[][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

function extremes(rows: ResultRow[], measure: (r: ResultRow) => number) {
  const sorted = [...rows].sort((a, b) => measure(a) - measure(b));
  const pct = (r: ResultRow) => Math.round(measure(r) * 10000) / 100;
  return {
    min: [sorted[0]!.name, pct(sorted[0]!)],
    max: [sorted.at(-1)!.name, pct(sorted.at(-1)!)],
  };
}

describe('prepareElectionImport with Huddinge 2022', () => {
  const fromWgs84 = prepareElectionImport({ geometry: wgs84, results: results2022 });
  const fromSweref = prepareElectionImport({ geometry: sweref, results: results2022 });

  it('reads 64 districts, all joined, from either projection', () => {
    expect(fromWgs84.projection).toBe('wgs84');
    expect(fromSweref.projection).toBe('sweref99tm');
    expect(fromWgs84.municipality).toEqual({ code: '0126', name: 'Huddinge' });
    for (const prepared of [fromWgs84, fromSweref]) {
      expect(prepared.report).toMatchObject({
        districts: 64,
        matched: 64,
        unmatched: [],
        unallocated: 0,
      });
    }
  });

  it('gives the same polygons after reprojecting SWEREF 99 TM (within 1e-5 degrees)', () => {
    expect(fromSweref.districts.map((d) => d.code)).toEqual(fromWgs84.districts.map((d) => d.code));
    let largest = 0;
    fromSweref.districts.forEach((district, i) => {
      const a = positions(district.geometry);
      const b = positions(fromWgs84.districts[i]!.geometry);
      expect(a.length).toBe(b.length);
      a.forEach((p, k) => {
        largest = Math.max(largest, Math.abs(p[0]! - b[k]![0]!), Math.abs(p[1]! - b[k]![1]!));
      });
    });
    expect(largest).toBeLessThan(1e-5);
  });

  it('writes WGS 84 with at most 6 decimals, rings closed, and keeps the three holes', () => {
    const all = fromSweref.districts.flatMap((d) => positions(d.geometry));
    expect(
      all.every(([lon, lat]) => lon! > 17.5 && lon! < 18.3 && lat! > 59.1 && lat! < 59.35),
    ).toBe(true);
    expect(all.every((p) => p.every((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) < 1e-6))).toBe(
      true,
    );
    const polygons = fromSweref.districts.flatMap((d) =>
      d.geometry!.type === 'Polygon' ? [d.geometry!.coordinates] : d.geometry!.coordinates,
    );
    for (const ring of polygons.flat()) expect(ring[0]).toEqual(ring.at(-1));
    expect(fromSweref.districts.filter((d) => hasHole(d.geometry!))).toHaveLength(3);
  });

  it('matches the README: turnout and V share extremes', () => {
    const rows = fromWgs84.districts.map((d) => d.result!);
    expect(extremes(rows, (r) => r.votesCast / r.eligibleVoters)).toEqual({
      min: ['Vårby gård västra', 34.13],
      max: ['Milsten', 89.98],
    });
    expect(extremes(rows, (r) => r.parties.V! / r.validVotes)).toEqual({
      min: ['Sjöängen', 3.3],
      max: ['Flemingsberg södra', 29.44],
    });
  });

  it('counts the unallocated early votes in the totals: 84 765 eligible, 62 949 cast', () => {
    const results = results2022 + dataRows(read('huddinge_results_2022_unallocated.csv'));
    const prepared = prepareElectionImport({ geometry: sweref, results });
    expect(prepared.report).toMatchObject({
      districts: 64,
      matched: 64,
      unmatched: [],
      unallocated: 1,
      eligible_voters: 84765,
      votes_cast: 62949,
    });
    expect(prepared.unallocated[0]).toMatchObject({
      code: '01269800',
      votesCast: 2563,
      unallocated: true,
    });
    expect(prepared.unallocated[0]!.parties).toMatchObject({ V: 426, OVR: 146 });
  });

  it('reports the codes of the 2018 districts that do not join the 2022 polygons', () => {
    const results =
      read('huddinge_results_2018_riksdag.csv') +
      read('huddinge_results_2018_riksdag_unallocated.csv');
    const prepared = prepareElectionImport({ geometry: wgs84, results });
    expect(prepared.report.matched).toBe(49);
    expect(prepared.report.polygonsWithoutResults).toEqual([
      ...['01260124', '01260125', '01260126', '01260127', '01260128', '01260129', '01260130'],
      ...['01260131', '01260132', '01260133', '01260134', '01260135', '01260136', '01260411'],
      '01260412',
    ]);
    expect([...prepared.report.resultsWithoutPolygons].sort()).toEqual([
      ...['01260101', '01260102', '01260104', '01260111', '01260112', '01260113', '01260114'],
      ...['01260115', '01260118', '01260121', '01260401'],
    ]);
    expect(prepared.report.unmatched).toHaveLength(26);
    expect(prepared.report.districts).toBe(64 + 11);
    // The "Uppsamlingsdistrikt" row (…0000) holds early votes: unallocated, never unmatched.
    expect(prepared.report.unallocated).toBe(1);
    expect(prepared.report.unmatched).not.toContain('01260000');
    expect(prepared.report).toMatchObject({ eligible_voters: 72839, votes_cast: 58504 + 3365 });
    const orphan = prepared.districts.find((d) => d.code === '01260101')!;
    expect(orphan).toMatchObject({ name: 'Skogsäng', geometry: null });
  });

  it('reads the Riksdag 2022 file and its unallocated row', () => {
    const results =
      read('huddinge_results_2022_riksdag.csv') +
      read('huddinge_results_2022_riksdag_unallocated.csv');
    const prepared = prepareElectionImport({ geometry: wgs84, results });
    expect(prepared.report).toMatchObject({
      matched: 64,
      unmatched: [],
      unallocated: 1,
      eligible_voters: 76114,
      votes_cast: 58656 + 2844,
    });
  });
});

function hasHole(geometry: Geometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((p) => p.length > 1);
}
