// The shapes prepareElectionImport reads and returns, apart so the helpers beside it can share them.

export type Geometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One district polygon, reprojected to WGS 84 lon/lat (6 decimals), rings closed, holes kept. */
export interface DistrictShape {
  code: string;
  name: string;
  municipalityCode: string;
  geometry: Geometry;
}

export interface ResultRow {
  code: string;
  name: string;
  municipalityCode: string;
  municipalityName?: string;
  eligibleVoters: number;
  votesCast: number;
  validVotes: number;
  invalidVotes: number;
  blankVotes: number | null;
  /** Keys: M C L KD S V MP SD OVR (FP → L, ÖVR → OVR). */
  parties: Record<string, number>;
  /** A …98xx row of early votes not tied to a district. */
  unallocated: boolean;
}

export type ElectionFileKind = 'geometry' | 'results';

/** A file that cannot be imported; the message (Swedish) says what, `where` says where. */
export class ElectionFileError extends Error {
  readonly file: ElectionFileKind;
  readonly where: string;
  constructor(file: ElectionFileKind, where: string, message: string) {
    super(message);
    this.name = 'ElectionFileError';
    this.file = file;
    this.where = where;
  }
}

/** `municipality` for every municipality in the file as one election (a county's map). */
export { ALL_MUNICIPALITIES } from '../../areas.contract.ts';

export interface ElectionImport {
  /** `code` null: every municipality in the file (`ALL_MUNICIPALITIES`), named by their count. */
  municipality: { code: string | null; name: string };
  projection: 'wgs84' | 'sweref99tm';
  districts: Array<{
    code: string;
    name: string;
    geometry: Geometry | null;
    result: ResultRow | null;
  }>;
  unallocated: ResultRow[];
  report: {
    districts: number;
    matched: number;
    unmatched: string[];
    polygonsWithoutResults: string[];
    resultsWithoutPolygons: string[];
    unallocated: number;
    eligible_voters: number;
    votes_cast: number;
    valid_votes: number;
  };
}

export interface ElectionImportInput {
  geometry: string;
  results: string;
  /** A 4-digit municipality code, or `ALL_MUNICIPALITIES`. */
  municipality?: string;
  defaultMunicipality?: string | null;
}

/** Where a position of a feature is, for messages: "objekt 3 (01260103)" (1-based, as people count). */
export function featureWhere(index: number, code?: string): string {
  return code ? `objekt ${index + 1} (${code})` : `objekt ${index + 1}`;
}

export function geometryError(where: string, what: string): ElectionFileError {
  return new ElectionFileError('geometry', where, `Geometrifilen, ${where}: ${what}`);
}

export function resultsError(where: string, what: string): ElectionFileError {
  return new ElectionFileError('results', where, `Resultatfilen, ${where}: ${what}`);
}
