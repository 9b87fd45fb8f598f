import { InvalidInputError, readSheet } from 'read-excel-file/node';
import { ImportFileError } from './import-shapes.ts';
import type { ImportProblem, SourceRow } from './import-shapes.ts';
import type { SheetData } from 'read-excel-file/node';

export const XLS_NOT_SUPPORTED: ImportProblem = {
  code: 'xls_not_supported',
  message: 'Gamla .xls-filer går inte att läsa. Spara filen som .xlsx eller CSV i Excel.',
  messageEn: 'Old .xls files cannot be read. Save the file as .xlsx or CSV in Excel.',
};

/**
 * Reads the first worksheet into rows of text, `line` being the sheet's row number. Dates become
 * YYYY-MM-DD, numbers their plain text as Excel shows them (120000, never 1.2E+5).
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceRow[]> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let data: SheetData<StoredNumber>;
  try {
    // Numbers arrive as the text stored in the file, wrapped so they are not confused with
    // text cells such as "00123", which must keep their zeros.
    data = await readSheet(input, 1, {
      parseNumber: (text: string) => new StoredNumber(text),
      trim: false,
    });
  } catch (error) {
    throw unreadable(error);
  }
  return data.map((row, index) => ({
    line: index + 1,
    values: row.map((cell) => cellText(cell)),
  }));
}

class StoredNumber {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return formatDate(cell);
  if (cell instanceof StoredNumber) return plainNumber(cell.text);
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Writes a stored number the way Excel displays it in a General cell, but never in E notation. */
export function plainNumber(stored: string): string {
  const number = Number(stored);
  if (!Number.isFinite(number)) return stored;
  // Excel shows 15 significant digits: 0.30000000000000004 is 0.3 there, and should be here.
  const rounded = Number(number.toPrecision(15));
  if (Number.isInteger(rounded) && Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
  if (rounded !== 0 && Math.abs(rounded) < 1e-6) return rounded.toFixed(20).replace(/\.?0+$/, '');
  return String(rounded);
}

function formatDate(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time.slice(0, 5)}`;
}

function unreadable(error: unknown): ImportFileError {
  if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') {
    return new ImportFileError(XLS_NOT_SUPPORTED, 'unsupported_media_type');
  }
  return new ImportFileError({
    code: 'invalid_xlsx',
    message: 'Filen går inte att läsa som en Excel-fil (.xlsx).',
    messageEn: 'The file cannot be read as an Excel file (.xlsx).',
  });
}
