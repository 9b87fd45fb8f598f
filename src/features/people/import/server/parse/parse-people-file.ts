import { decodeText } from './decode-text.ts';
import type { TextEncoding } from './decode-text.ts';
import { ImportFileError } from './import-shapes.ts';
import type { ImportProblem, SourceRow } from './import-shapes.ts';
import { mapHeaders } from './map-headers.ts';
import type { HeaderMapping, ImportCustomField } from './map-headers.ts';
import { parseCsv } from '../../../../../platform/server/read-csv.ts';
import type { CsvProblem, Delimiter } from '../../../../../platform/server/read-csv.ts';
import { readXlsx, XLS_NOT_SUPPORTED } from './read-xlsx.ts';

export interface DataRow extends SourceRow {
  /** Non-empty cells to the right of the last header: the row is misaligned (see apply-mapping). */
  hasOverflow: boolean;
}

export interface ParsedPeopleFile {
  format: 'csv' | 'xlsx';
  /** Detected text encoding; null for .xlsx. */
  encoding: TextEncoding | null;
  /** Detected (or, for .tsv, assumed) delimiter; null for .xlsx. */
  delimiter: Delimiter | null;
  headerLine: number;
  /** Column names, unique and non-empty ("Kolumn 3" where the header cell was empty). */
  headers: string[];
  suggestedMapping: HeaderMapping;
  /** The rows below the header, empty ones included, each as long as `headers`. */
  rows: DataRow[];
  /** Problems with the file as a whole that did not stop it from being read. */
  problems: CsvProblem[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads an uploaded people file (.csv, .txt, .tsv or .xlsx; the bytes decide, not only the name)
 * into headers, a suggested column mapping (to person fields and to `customFields` by label) and
 * rows. Throws `ImportFileError` for a file that cannot be read at all.
 */
export async function parsePeopleFile(
  bytes: Uint8Array,
  filename: string,
  customFields: readonly ImportCustomField[] = [],
): Promise<ParsedPeopleFile> {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, OLE2) || extension === 'xls') throw fileError(XLS_NOT_SUPPORTED);
  if (['ods', 'numbers', 'pdf', 'docx', 'doc'].includes(extension)) throw fileError(UNSUPPORTED);
  if (startsWith(bytes, ZIP) || extension === 'xlsx') {
    const meta = { format: 'xlsx', encoding: null, delimiter: null } as const;
    return fromRows(await readXlsx(bytes), meta, [], customFields);
  }
  const { text, encoding } = decodeText(bytes);
  const csv = parseCsv(text, extension === 'tsv' ? { delimiter: '\t' } : {});
  const meta = { format: 'csv', encoding, delimiter: csv.delimiter } as const;
  const rows = csv.rows.map((row) => ({ ...row, values: row.values.map(unwrapTextFormula) }));
  return fromRows(rows, meta, csv.problems, customFields);
}

/**
 * `="000123"` → `000123`: how our CSV export (and many other systems) keeps a code a spreadsheet
 * would turn into a number; a spreadsheet shows it as the text inside, and so do we.
 */
export function unwrapTextFormula(value: string): string {
  const match = /^="([^"]*)"$/.exec(value.trim());
  return match ? match[1]! : value;
}

function fromRows(
  sourceRows: SourceRow[],
  meta: Pick<ParsedPeopleFile, 'format' | 'encoding' | 'delimiter'>,
  problems: CsvProblem[],
  customFields: readonly ImportCustomField[],
): ParsedPeopleFile {
  const headerIndex = sourceRows.findIndex((row) => !isBlank(row.values));
  const headerRow = sourceRows[headerIndex];
  if (!headerRow) throw fileError(EMPTY);
  const body = sourceRows.slice(headerIndex + 1);
  const width = lastFilledIndex(headerRow.values) + 1;
  // Keep a column if it has a header or any value: drops Excel's empty leading column A.
  const kept = [...Array(width).keys()].filter(
    (column) =>
      !isBlankCell(headerRow.values[column]) ||
      body.some((row) => !isBlankCell(row.values[column])),
  );
  const headers = uniqueHeaders(kept.map((column) => ({ column, text: headerRow.values[column] })));
  const rows = body.map((row) => ({
    line: row.line,
    values: kept.map((column) => row.values[column] ?? ''),
    hasOverflow: row.values.slice(width).some((value) => !isBlankCell(value)),
  }));
  return {
    ...meta,
    headerLine: headerRow.line,
    headers,
    suggestedMapping: mapHeaders(headers, customFields),
    rows,
    problems,
  };
}

function uniqueHeaders(columns: { column: number; text: string | undefined }[]): string[] {
  const seen = new Map<string, number>();
  return columns.map(({ column, text }) => {
    const base = (text ?? '').replace(/\s+/g, ' ').trim() || `Kolumn ${column + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export function isBlank(values: string[]): boolean {
  return values.every(isBlankCell);
}

function isBlankCell(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function lastFilledIndex(values: string[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (!isBlankCell(values[i])) return i;
  return -1;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function fileError(problem: ImportProblem): ImportFileError {
  return new ImportFileError(problem, problem === EMPTY ? 'bad_request' : 'unsupported_media_type');
}

const UNSUPPORTED: ImportProblem = {
  code: 'unsupported_format',
  message: 'Filen går inte att läsa. Använd CSV (.csv, .txt, .tsv) eller Excel (.xlsx).',
  messageEn: 'The file cannot be read. Use CSV (.csv, .txt, .tsv) or Excel (.xlsx).',
};
const EMPTY: ImportProblem = {
  code: 'empty_file',
  message: 'Filen är tom: den har ingen rubrikrad.',
  messageEn: 'The file is empty: it has no header row.',
};
