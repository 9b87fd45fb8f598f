// Västra Götaland's files as the authorities publish them: a cut in fixtures/, and the whole
// county file from ../shared when it is present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_MUNICIPALITIES, prepareElectionImport } from './election-import.ts';
import { errorOf, readFixtureFile } from './election-files.fixtures.ts';

const geometry = readFixtureFile('VD_14_cut.json');
const results = readFixtureFile('kommun_2022_cut.csv');

describe('prepareElectionImport with a whole-county file', () => {
  it('refuses to guess the municipality and lists those in the file, with names from the results', () => {
    const error = errorOf(() => prepareElectionImport({ geometry, results }));
    expect(error.file).toBe('geometry');
    expect(error.message).toContain('4 kommuner');
    for (const part of [
      '1446 Karlsborg (4 valdistrikt)',
      '1447 Gullspång (3',
      '1488 Trollhättan (6',
      '1490 Borås (7',
    ]) {
      expect(error.message).toContain(part);
    }
  });

  it('refuses a municipality that is not in the file, listing those that are', () => {
    const error = errorOf(() => prepareElectionImport({ geometry, results, municipality: '1480' }));
    expect(error.message).toMatch(/Kommun 1480 finns inte i geometrifilen.*1446 Karlsborg/);
  });

  it('takes the chosen municipality, and filters the results to it', () => {
    const prepared = prepareElectionImport({ geometry, results, municipality: '1446' });
    expect(prepared.municipality).toEqual({ code: '1446', name: 'Karlsborg' });
    expect(prepared.projection).toBe('sweref99tm');
    expect(prepared.report).toEqual({
      districts: 4,
      matched: 4,
      unmatched: [],
      polygonsWithoutResults: [],
      resultsWithoutPolygons: [],
      unallocated: 1,
      eligible_voters: 5749,
      votes_cast: 4945,
      valid_votes: 4805,
    });
    expect(
      prepared.districts.every((d) => d.code.startsWith('1446') && d.geometry && d.result),
    ).toBe(true);
  });

  it("uses the association's municipality when none is chosen, and ignores one not in the file", () => {
    const prepared = prepareElectionImport({ geometry, results, defaultMunicipality: '1447' });
    expect(prepared.municipality).toEqual({ code: '1447', name: 'Gullspång' });
    expect(prepared.report).toMatchObject({ districts: 3, matched: 3, eligible_voters: 4277 });
    const error = errorOf(() =>
      prepareElectionImport({ geometry, results, defaultMunicipality: '0126' }),
    );
    expect(error.message).toContain('välj en av dem');
  });

  it("keeps Borås's three rows of unallocated early votes with the same code, counted in the totals", () => {
    const prepared = prepareElectionImport({ geometry, results, municipality: '1490' });
    expect(prepared.unallocated).toHaveLength(3);
    expect(prepared.unallocated.every((r) => r.code === '14909800' && r.unallocated)).toBe(true);
    expect(prepared.report).toMatchObject({
      districts: 80,
      matched: 7,
      unallocated: 3,
      eligible_voters: 88709,
      votes_cast: 69591,
      valid_votes: 68595,
    });
    expect(prepared.report.resultsWithoutPolygons).toHaveLength(73);
    expect(prepared.report.unmatched).not.toContain('14909800');
    const partyVotes = prepared.districts.reduce((sum, d) => sum + (d.result?.parties.V ?? 0), 0);
    expect(partyVotes + prepared.unallocated.reduce((sum, r) => sum + r.parties.V!, 0)).toBe(5551);
  });

  it('reads the MultiPolygon district as one district with all its parts', () => {
    const prepared = prepareElectionImport({ geometry, results, municipality: '1490' });
    const multi = prepared.districts.find((d) => d.code === '14900362')!;
    expect(multi.geometry?.type).toBe('MultiPolygon');
    expect(multi.result?.name).toBe(multi.name);
  });

  it('imports every municipality in the file as one election when asked to, totals summed', () => {
    const prepared = prepareElectionImport({ geometry, results, municipality: ALL_MUNICIPALITIES });
    expect(prepared.municipality).toEqual({ code: null, name: 'län 14, 4 kommuner' });
    const one = ['1446', '1447', '1488', '1490'].map(
      (municipality) => prepareElectionImport({ geometry, results, municipality }).report,
    );
    const sum = (key: 'districts' | 'matched' | 'unallocated' | 'eligible_voters' | 'votes_cast') =>
      one.reduce((total, report) => total + report[key], 0);
    expect(prepared.report).toMatchObject({
      districts: sum('districts'),
      matched: sum('matched'),
      unallocated: sum('unallocated'),
      eligible_voters: sum('eligible_voters'),
      votes_cast: sum('votes_cast'),
    });
    expect(prepared.report.matched).toBe(20);
  });

  it("reads SCB's columns: FP as L, ÖVR as OVR, `35.0` as 35, names of the municipality", () => {
    const prepared = prepareElectionImport({ geometry, results, municipality: '1488' });
    expect(prepared.municipality.name).toBe('Trollhättan');
    const row = prepared.districts.find((d) => d.code === '14880109')!.result!;
    expect(Object.keys(row.parties).sort()).toEqual([
      'C',
      'KD',
      'L',
      'M',
      'MP',
      'OVR',
      'S',
      'SD',
      'V',
    ]);
    expect(Object.values(row.parties).every(Number.isInteger)).toBe(true);
    expect(row.municipalityName).toBe('Trollhättan');
    expect(row.blankVotes).not.toBeNull();
    expect(prepared.report).toMatchObject({
      unallocated: 2,
      eligible_voters: 45899,
      votes_cast: 36866,
    });
  });
});

const county = new URL('../../../../../../shared/data/elections/vastra-gotaland/', import.meta.url);
const countyFile = new URL('VD_14_20220910_Val_20220911.json', county);

describe.skipIf(!existsSync(countyFile))('the whole county file from ../shared', () => {
  it('prepares Göteborg: 411 result rows, 463 983 eligible, 354 897 cast, V 15.82 %', () => {
    const countyGeometry = readFileSync(countyFile, 'utf8');
    const countyResults = readFileSync(new URL('kommun_2022_vastra_gotaland.csv', county), 'utf8');
    const started = performance.now();
    const prepared = prepareElectionImport({
      geometry: countyGeometry,
      results: countyResults,
      municipality: '1480',
    });
    const ms = performance.now() - started;
    console.log(`Göteborg prepared from the 12.5 MB county file in ${Math.round(ms)} ms`);
    const rows = [...prepared.districts.map((d) => d.result!), ...prepared.unallocated];
    expect(rows).toHaveLength(411);
    expect(prepared.report).toMatchObject({
      districts: 410,
      matched: 410,
      unmatched: [],
      unallocated: 1,
      eligible_voters: 463983,
      votes_cast: 354897,
    });
    const v = rows.reduce((sum, r) => sum + r.parties.V!, 0);
    expect(Math.round((v / prepared.report.valid_votes) * 10000) / 100).toBe(15.82);
    const turnout = prepared.districts.map((d) => d.result!.votesCast / d.result!.eligibleVoters);
    expect(Math.round(Math.min(...turnout) * 10000) / 100).toBe(37.0);
  });

  it('prepares the whole county as one election: 1,090 polygons, all with results', () => {
    const prepared = prepareElectionImport({
      geometry: readFileSync(countyFile, 'utf8'),
      results: readFileSync(new URL('kommun_2022_vastra_gotaland.csv', county), 'utf8'),
      municipality: ALL_MUNICIPALITIES,
    });
    expect(prepared.municipality.name).toBe('län 14, 49 kommuner');
    expect(prepared.report.polygonsWithoutResults).toEqual([]);
    expect(prepared.report.matched).toBe(1090);
    // 1,142 rows: 1,090 districts and the …98xx rows, never reported as unmatched.
    expect(prepared.report.matched + prepared.unallocated.length).toBe(1142);
    expect(prepared.report.unmatched).toEqual([]);
    const turnout = prepared.districts.map((d) => ({
      name: d.name,
      pct: Math.round((d.result!.votesCast / d.result!.eligibleVoters) * 10000) / 100,
    }));
    turnout.sort((a, b) => a.pct - b.pct);
    expect(turnout[0]!.pct).toBe(37.0);
    expect(turnout.at(-1)).toMatchObject({ pct: 95.91 });
  });
});
