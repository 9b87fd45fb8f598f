/** The field separators Swedish spreadsheets use. */
export type Delimiter = ',' | ';' | '\t';

/** A value in an exported cell. Dates are written as YYYY-MM-DD. */
export type ExportValue = string | number | boolean | Date | null | undefined;

export interface WriteCsvOptions {
  /** Semicolon by default: Swedish Excel splits on it (comma is the decimal mark in Sweden). */
  delimiter?: Delimiter;
  /** Guard against formula injection (see `protectFormula`); on by default. */
  protectFormulas?: boolean;
  /** Write codes a spreadsheet would turn into numbers as `="…"` (see `keepAsText`); on by default. */
  keepCodesAsText?: boolean;
}

const UTF8_BOM = '\uFEFF';

/** Writes rows as CSV bytes that Excel opens with Swedish letters intact: UTF-8 with BOM, CRLF. */
export function writeCsv(
  headers: string[],
  rows: ExportValue[][],
  options: WriteCsvOptions = {},
): Buffer {
  return Buffer.from(UTF8_BOM + formatCsv(headers, rows, options), 'utf8');
}

/** The CSV text of `writeCsv`, without the BOM. */
export function formatCsv(
  headers: string[],
  rows: ExportValue[][],
  options: WriteCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const protect = options.protectFormulas ?? true;
  const keepCodes = options.keepCodesAsText ?? true;
  const lines = [headers, ...rows].map((row) =>
    row
      .map((value) => {
        const text = formatValue(value);
        if (keepCodes && typeof value === 'string' && isMangledCode(text)) return keepAsText(text);
        return quoteIfNeeded(protect ? protectFormula(text) : text, delimiter);
      })
      .join(delimiter),
  );
  return lines.map((line) => `${line}\r\n`).join('');
}

// A sign followed only by digits, spaces and phone punctuation: a phone number (+46 70-123 45 67)
// or a negative number. Excel may read it as arithmetic, but it holds no function, reference or
// DDE call, so nothing can run; prefixing it would spoil every exported phone number.
const PLAIN_SIGNED_NUMBER = /^[+-][\d\s().,/-]*$/;

/**
 * Prefixes an apostrophe to a cell a spreadsheet would run as a formula (OWASP's CSV injection
 * rule): text starting with = @ tab CR or LF always, and + or - unless a plain number follows.
 */
export function protectFormula(text: string): string {
  const first = text.charAt(0);
  if (first === '=' || first === '@' || first === '\t' || first === '\r' || first === '\n') {
    return `'${text}`;
  }
  if ((first === '+' || first === '-') && !PLAIN_SIGNED_NUMBER.test(text)) return `'${text}`;
  return text;
}

// Text Excel and LibreOffice would read as a number and change: a leading zero (member number
// 000123), a leading plus (+4570123456), more digits than a double keeps, or exponent notation.
const MANGLED_CODE = /^(?:0\d+|\+\d+|\d{16,}|\d+[eE][+-]?\d+)$/;

function isMangledCode(text: string): boolean {
  return MANGLED_CODE.test(text);
}

/**
 * `="000123"`: a formula whose value is the text itself, the one form both Excel and LibreOffice
 * open as text from CSV and save back as plain `000123`. Only digits and a plus get here, so it
 * runs nothing; our import reads it back (`unwrapTextFormula` in the import's parser).
 */
export function keepAsText(code: string): string {
  return `="${code}"`;
}

function formatValue(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function quoteIfNeeded(text: string, delimiter: Delimiter): string {
  if (
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    // Leading or trailing spaces survive only inside quotes in some readers.
    text !== text.trim()
  ) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}
