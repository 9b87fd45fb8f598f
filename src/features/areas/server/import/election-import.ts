// Reads an election's district geometry (GeoJSON) and results (CSV), and joins them by code.
// Pure: no database. The store module calls prepareElectionImport for preview and for import.
import { readGeometryFile, toDistrictShapes, type RawDistrict } from './election-geometry.ts';
import { parseElectionResults } from './election-results.ts';
import {
  ALL_MUNICIPALITIES,
  ElectionFileError,
  type ElectionImport,
  type ElectionImportInput,
  type ResultRow,
} from './election-types.ts';

export { ALL_MUNICIPALITIES, ElectionFileError };
export type {
  DistrictShape,
  ElectionFileKind,
  ElectionImport,
  ElectionImportInput,
  Geometry,
  ResultRow,
} from './election-types.ts';

interface MunicipalityInFile {
  code: string;
  name: string | undefined;
  districts: number;
}

function municipalitiesIn(districts: RawDistrict[], results: ResultRow[]): MunicipalityInFile[] {
  const byCode = new Map<string, MunicipalityInFile>();
  for (const d of districts) {
    const entry = byCode.get(d.municipalityCode) ?? {
      code: d.municipalityCode,
      name: undefined,
      districts: 0,
    };
    entry.districts++;
    entry.name ??= d.municipalityName;
    byCode.set(d.municipalityCode, entry);
  }
  // Names from the results file win: SCB writes every municipality's name on every row.
  for (const row of results) {
    const entry = byCode.get(row.municipalityCode);
    if (entry && row.municipalityName) entry.name = row.municipalityName;
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function listMunicipalities(list: MunicipalityInFile[]): string {
  return list
    .map((m) => `${m.code}${m.name ? ` ${m.name}` : ''} (${m.districts} valdistrikt)`)
    .join(', ');
}

/** What is imported: one municipality of the file, or all of them as one election. */
interface Chosen {
  code: string | null;
  name: string | undefined;
  codes: Set<string>;
}

function chooseMunicipalities(
  list: MunicipalityInFile[],
  input: Pick<ElectionImportInput, 'municipality' | 'defaultMunicipality'>,
): Chosen {
  if (input.municipality?.trim() === ALL_MUNICIPALITIES) {
    const counties = new Set(list.map((m) => m.code.slice(0, 2)));
    const county = counties.size === 1 ? `län ${[...counties][0]}, ` : '';
    return {
      code: null,
      name: list.length === 1 ? list[0]!.name : `${county}${list.length} kommuner`,
      codes: new Set(list.map((m) => m.code)),
    };
  }
  const one = chooseMunicipality(list, input);
  return { code: one.code, name: one.name, codes: new Set([one.code]) };
}

function chooseMunicipality(
  list: MunicipalityInFile[],
  input: Pick<ElectionImportInput, 'municipality' | 'defaultMunicipality'>,
): MunicipalityInFile {
  if (input.municipality !== undefined) {
    const code = input.municipality.trim().padStart(4, '0');
    const found = list.find((m) => m.code === code);
    if (found) return found;
    throw new ElectionFileError(
      'geometry',
      'filen',
      `Kommun ${code} finns inte i geometrifilen. Filen innehåller: ${listMunicipalities(list)}.`,
    );
  }
  const preferred = list.find((m) => m.code === input.defaultMunicipality);
  if (preferred) return preferred;
  if (list.length === 1) return list[0]!;
  throw new ElectionFileError(
    'geometry',
    'filen',
    `Geometrifilen innehåller ${list.length} kommuner; välj en av dem, eller alla som ett val: ${listMunicipalities(list)}.`,
  );
}

function sample(codes: string[]): string {
  return codes.length > 5 ? `${codes.slice(0, 5).join(', ')} …` : codes.join(', ');
}

/** Parses, validates and joins the two files; throws ElectionFileError when nothing may be imported. */
export function prepareElectionImport(input: ElectionImportInput): ElectionImport {
  const file = readGeometryFile(input.geometry);
  const results = parseElectionResults(input.results);
  const municipality = chooseMunicipalities(municipalitiesIn(file.districts, results), input);
  const shapes = toDistrictShapes(
    file.districts.filter((d) => municipality.codes.has(d.municipalityCode)),
    file.projection,
  );
  const rows = results.filter((r) => municipality.codes.has(r.municipalityCode));
  const unallocated = rows.filter((r) => r.unallocated);
  const byCode = new Map<string, ResultRow>();
  for (const row of rows) {
    if (row.unallocated) continue;
    const previous = byCode.get(row.code);
    byCode.set(row.code, previous ? addRows(previous, row) : row);
  }
  const shapeCodes = new Set(shapes.map((s) => s.code));
  const districts: ElectionImport['districts'] = shapes.map((s) => ({
    code: s.code,
    name: s.name,
    geometry: s.geometry,
    result: byCode.get(s.code) ?? null,
  }));
  const resultsWithoutPolygons = [...byCode.keys()].filter((code) => !shapeCodes.has(code));
  for (const code of resultsWithoutPolygons) {
    const result = byCode.get(code)!;
    districts.push({ code, name: result.name, geometry: null, result });
  }
  const polygonsWithoutResults = shapes.filter((s) => !byCode.has(s.code)).map((s) => s.code);
  const matched = districts.filter((d) => d.geometry && d.result).length;
  if (matched === 0) {
    const resultCodes = [...byCode.keys()];
    throw new ElectionFileError(
      'results',
      'filen',
      `Ingen valdistriktskod i resultatfilen matchar geometrifilen för ${municipality.code ? `kommun ${municipality.code}` : 'någon kommun'}` +
        ` (geometrin: ${sample([...shapeCodes])}; resultaten: ${resultCodes.length ? sample(resultCodes) : 'inga rader för kommunen'}).` +
        ' Kontrollera att filerna gäller samma kommun och samma val.',
    );
  }
  const sum = (key: 'eligibleVoters' | 'votesCast' | 'validVotes') =>
    rows.reduce((total, r) => total + r[key], 0);
  return {
    municipality: {
      code: municipality.code,
      name:
        municipality.name ??
        rows.find((r) => r.municipalityName)?.municipalityName ??
        `Kommun ${municipality.code ?? ''}`,
    },
    projection: file.projection,
    districts,
    unallocated,
    report: {
      districts: districts.length,
      matched,
      unmatched: [...polygonsWithoutResults, ...resultsWithoutPolygons],
      polygonsWithoutResults,
      resultsWithoutPolygons,
      unallocated: unallocated.length,
      eligible_voters: sum('eligibleVoters'),
      votes_cast: sum('votesCast'),
      valid_votes: sum('validVotes'),
    },
  };
}

/** Two rows of one district (a file listing it twice) counted as one. */
function addRows(a: ResultRow, b: ResultRow): ResultRow {
  const parties = { ...a.parties };
  for (const [party, votes] of Object.entries(b.parties))
    parties[party] = (parties[party] ?? 0) + votes;
  return {
    ...a,
    eligibleVoters: a.eligibleVoters + b.eligibleVoters,
    votesCast: a.votesCast + b.votesCast,
    validVotes: a.validVotes + b.validVotes,
    invalidVotes: a.invalidVotes + b.invalidVotes,
    blankVotes: a.blankVotes === null || b.blankVotes === null ? null : a.blankVotes + b.blankVotes,
    parties,
  };
}
