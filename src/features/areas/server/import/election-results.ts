// Reads a results CSV: the cleaned format of the shared data (district_code, eligible_voters, …)
// or SCB's per-district file as published (VALDISTRIKTSKOD, ANTAL RÖSTBERÄTTIGADE, FP, ÖVR, …).
import { parseCsv, type CsvRecord } from '../../../../platform/server/read-csv.ts';
import { resultsError, type ResultRow } from './election-types.ts';

type CountField = 'eligibleVoters' | 'votesCast' | 'validVotes' | 'invalidVotes' | 'blankVotes';
type TextField = 'code' | 'name' | 'municipalityCode' | 'municipalityName';

// Header names per field, compared in lower case; the first is the cleaned format's, the second SCB's.
const TEXT_COLUMNS: Record<TextField, string[]> = {
  code: ['district_code', 'valdistriktskod', 'lkfv'],
  name: ['district_name', 'valdistriktsnamn', 'vdnamn'],
  municipalityCode: ['kommun_code', 'kommunkod'],
  municipalityName: ['kommun_name', 'kommunnamn'],
};
const COUNT_COLUMNS: Record<CountField, string[]> = {
  eligibleVoters: ['eligible_voters', 'antal röstberättigade'],
  votesCast: ['votes_cast', 'antal röstande'],
  validVotes: ['valid_votes', 'antal giltiga valsedlar'],
  invalidVotes: ['invalid_votes', 'antal ogiltiga valsedlar'],
  blankVotes: ['blank_votes', 'varav blanka valsedlar'],
};
const COUNT_LABELS: Record<CountField, string> = {
  eligibleVoters: 'röstberättigade',
  votesCast: 'röstande (avgivna röster)',
  validVotes: 'giltiga röster',
  invalidVotes: 'ogiltiga röster',
  blankVotes: 'blanka röster',
};
/** Party keys as stored, with the headers that mean them (FP is Liberalerna's old name). */
const PARTY_COLUMNS: Record<string, string[]> = {
  M: ['m'],
  C: ['c'],
  L: ['l', 'fp'],
  KD: ['kd'],
  S: ['s'],
  V: ['v'],
  MP: ['mp'],
  SD: ['sd'],
  OVR: ['ovr', 'övr', 'övriga'],
};
const REQUIRED: Array<CountField | 'code'> = ['code', 'eligibleVoters', 'votesCast', 'validVotes'];

interface ColumnMap {
  text: Partial<Record<TextField, number>>;
  counts: Partial<Record<CountField, number>>;
  parties: Array<[string, number]>;
  headers: string[];
}

function normalizeHeader(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

function findColumn(headers: string[], names: string[]): number | undefined {
  for (const name of names) {
    const index = headers.indexOf(name);
    if (index >= 0) return index;
  }
  return undefined;
}

function mapColumns(record: CsvRecord): ColumnMap {
  const headers = record.values.map(normalizeHeader);
  const map: ColumnMap = { text: {}, counts: {}, parties: [], headers: record.values };
  for (const [field, names] of Object.entries(TEXT_COLUMNS)) {
    map.text[field as TextField] = findColumn(headers, names);
  }
  for (const [field, names] of Object.entries(COUNT_COLUMNS)) {
    map.counts[field as CountField] = findColumn(headers, names);
  }
  for (const [party, names] of Object.entries(PARTY_COLUMNS)) {
    const index = findColumn(headers, names);
    if (index !== undefined) map.parties.push([party, index]);
  }
  const where = `rad ${record.line} (rubrikraden)`;
  for (const field of REQUIRED) {
    if (field === 'code' ? map.text.code !== undefined : map.counts[field] !== undefined) continue;
    const names = field === 'code' ? TEXT_COLUMNS.code : COUNT_COLUMNS[field];
    const label = field === 'code' ? 'valdistriktskod' : COUNT_LABELS[field];
    throw resultsError(
      where,
      `kolumnen för ${label} saknas (${names[0]} eller ${names[1]!.toUpperCase()}). Rubrikerna i filen: ${record.values.join(', ')}.`,
    );
  }
  if (map.parties.length === 0) {
    throw resultsError(
      where,
      `inga partikolumner (${Object.keys(PARTY_COLUMNS).join(', ')}) hittades.`,
    );
  }
  return map;
}

/** A vote count: digits, possibly written as a decimal with zero fraction (`35.0`) or with spaces. */
function parseCount(raw: string | undefined, line: number, header: string): number | null {
  const value = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (value === '') return null;
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(value);
  if (!match || (match[2] !== undefined && !/^0+$/.test(match[2]))) {
    throw resultsError(
      `rad ${line}, kolumn ${header}`,
      `"${raw}" är inte ett antal (ett heltal ≥ 0).`,
    );
  }
  return Number(match[1]);
}

/** Normalizes a district code to 8 digits: SCB's number column loses the leading zero of län 01–09. */
export function normalizeDistrictCode(raw: string): string | null {
  const value = raw.trim().replace(/\.0+$/, '');
  if (!/^\d{7,8}$/.test(value)) return null;
  return value.padStart(8, '0');
}

/** `…98xx` rows hold early votes not tied to a district; `…0000` is the older "uppsamlingsdistrikt". */
export function isUnallocatedCode(code: string): boolean {
  return code.slice(4, 6) === '98' || code.slice(4) === '0000';
}

function readRow(record: CsvRecord, map: ColumnMap): ResultRow {
  const { line, values } = record;
  const text = (field: TextField) => {
    const index = map.text[field];
    return index === undefined ? undefined : (values[index] ?? '').trim();
  };
  const count = (field: CountField): number | null => {
    const index = map.counts[field];
    if (index === undefined) return null;
    const value = parseCount(values[index], line, map.headers[index]!);
    if (value === null && field !== 'blankVotes') {
      throw resultsError(
        `rad ${line}, kolumn ${map.headers[index]}`,
        `värde saknas (${COUNT_LABELS[field]}).`,
      );
    }
    return value;
  };
  const rawCode = text('code') ?? '';
  const code = normalizeDistrictCode(rawCode);
  if (!code) {
    throw resultsError(
      `rad ${line}, kolumn ${map.headers[map.text.code!]}`,
      `"${rawCode}" är ingen valdistriktskod (8 siffror: län, kommun, distrikt).`,
    );
  }
  const rawMunicipality = text('municipalityCode');
  const municipalityCode =
    rawMunicipality && /^\d{3,4}$/.test(rawMunicipality)
      ? rawMunicipality.padStart(4, '0')
      : code.slice(0, 4);
  const parties: Record<string, number> = {};
  for (const [party, index] of map.parties) {
    parties[party] = parseCount(values[index], line, map.headers[index]!) ?? 0;
  }
  const votesCast = count('votesCast')!;
  const validVotes = count('validVotes')!;
  const municipalityName = text('municipalityName');
  return {
    code,
    name: text('name') || code,
    municipalityCode,
    ...(municipalityName ? { municipalityName } : {}),
    eligibleVoters: count('eligibleVoters')!,
    votesCast,
    validVotes,
    // Without the column, the ballots that were cast but not valid.
    invalidVotes: count('invalidVotes') ?? Math.max(0, votesCast - validVotes),
    blankVotes: count('blankVotes'),
    parties,
    unallocated: isUnallocatedCode(code),
  };
}

/**
 * Parses the results CSV into rows, in file order. A header line repeated further down (two files
 * pasted together, e.g. the districts and the unallocated early votes) starts a new column map.
 */
export function parseElectionResults(text: string): ResultRow[] {
  const { rows: read, problems } = parseCsv(text);
  const unclosed = problems.find((problem) => problem.code === 'unterminated_quote');
  if (unclosed) throw resultsError(`rad ${unclosed.line}`, 'ett citattecken (") stängs aldrig.');
  const records = read.filter((r) => r.values.length > 1 || r.values[0]?.trim() !== '');
  if (records.length === 0) throw resultsError('rad 1', 'filen är tom.');
  let map = mapColumns(records[0]!);
  const rows: ResultRow[] = [];
  for (const record of records.slice(1)) {
    const codeCell = normalizeHeader(record.values[map.text.code!] ?? '');
    if (TEXT_COLUMNS.code.includes(codeCell)) {
      map = mapColumns(record);
      continue;
    }
    rows.push(readRow(record, map));
  }
  if (rows.length === 0)
    throw resultsError(`rad ${records[0]!.line}`, 'filen har inga resultatrader.');
  return rows;
}
