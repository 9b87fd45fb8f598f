import writeXlsxFile from 'write-excel-file/node';
import type { Cell } from 'write-excel-file/node';
import type { ExportValue } from './write-csv.ts';

export interface WriteXlsxOptions {
  /** Worksheet name; Excel allows at most 31 characters. */
  sheetName?: string;
}

const MAX_COLUMN_WIDTH = 50;

/**
 * Writes one worksheet with a bold, frozen header row. Text stays text (member number 00123 keeps
 * its zeros) and is never evaluated as a formula, so no injection guard is needed here, unlike CSV.
 */
export async function writeXlsx(
  headers: string[],
  rows: ExportValue[][],
  options: WriteXlsxOptions = {},
): Promise<Buffer> {
  const headerRow: Cell[] = headers.map((header) => ({ value: header, fontWeight: 'bold' }));
  const data: Cell[][] = [headerRow, ...rows.map((row) => row.map(toCell))];
  const output = await writeXlsxFile(data, {
    sheet: (options.sheetName ?? 'Personer').slice(0, 31),
    stickyRowsCount: 1,
    dateFormat: 'yyyy-mm-dd',
    columns: headers.map((header, index) => ({ width: columnWidth(header, rows, index) })),
  });
  return output.toBuffer();
}

function toCell(value: ExportValue): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return { value, type: String };
  return value;
}

function columnWidth(header: string, rows: ExportValue[][], index: number): number {
  let width = header.length;
  // Enough rows to size the column; measuring all of a 100,000-row export is wasted work.
  for (const row of rows.slice(0, 200)) {
    const value = row[index];
    const length = value instanceof Date ? 10 : String(value ?? '').length;
    if (length > width) width = length;
  }
  return Math.min(width + 2, MAX_COLUMN_WIDTH);
}
