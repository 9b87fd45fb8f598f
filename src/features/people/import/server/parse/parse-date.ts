import { cleanText, echo, fail, ok } from './parse-values.ts';
import type { Parsed } from './parse-values.ts';

export interface DateOptions {
  /** "Now", for two-digit years and the latest birth year; the real date unless a test sets it. */
  today?: Date;
}

// Swedish and English month names and abbreviations, January first.
const MONTH_NAMES = [
  ['jan', 'januari', 'january'],
  ['feb', 'febr', 'februari', 'february'],
  ['mar', 'mars', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oktober', 'oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];
const MONTHS = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1])),
);

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;
// Excel's day 0 is 1899-12-30 once its fictional 1900-02-29 is accounted for.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Reads a date as Swedes write it and returns YYYY-MM-DD: 2021-03-05, 20210305, 210305,
 * 5/3/2021 and 5/3 2021 (day first), 5.3.2021, 5 mars 2021, March 5, 2021; "mars 2021" and
 * "2021" mean the first of that month or year; a 5-digit number is an Excel serial date.
 */
export function parseSwedishDate(raw: string, options: DateOptions = {}): Parsed<string> {
  const text = cleanText(raw)?.toLowerCase();
  if (text === undefined) return ok(null);
  const parts = readDateParts(text, options.today ?? new Date());
  if (!parts) {
    return fail(
      'invalid_date',
      `Datumet ${echo(raw)} går inte att tolka`,
      `The date ${echo(raw)} cannot be read`,
    );
  }
  const [year, month, day] = parts;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return fail(
      'date_out_of_range',
      `Datumet ${echo(raw)} ligger utanför åren ${EARLIEST_YEAR}–${LATEST_YEAR}`,
      `The date ${echo(raw)} is outside the years ${EARLIEST_YEAR}–${LATEST_YEAR}`,
    );
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(
      'invalid_date',
      `Datumet ${echo(raw)} finns inte i kalendern`,
      `The date ${echo(raw)} does not exist`,
    );
  }
  return ok(date.toISOString().slice(0, 10));
}

/**
 * Reads a birth year from a year, a date, or a personal identity number (YYYYMMDD-XXXX,
 * YYMMDD-XXXX). Only the year is returned; the rest of an identity number is dropped here and
 * never echoed in an error message.
 */
export function parseBirthYear(raw: string, options: DateOptions = {}): Parsed<number> {
  const text = cleanText(raw);
  if (text === null) return ok(null);
  const today = options.today ?? new Date();
  const compact = text.replace(/\s/g, '');
  let year: number | null = null;
  const identity = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)\d{4}$/.exec(compact);
  if (/^\d{4}$/.test(compact)) {
    year = Number(compact);
  } else if (identity && isIdentityDate(Number(identity[3]), Number(identity[4]))) {
    const [, century, yy, , , separator] = identity;
    year = century ? Number(`${century}${yy}`) : pivotYear(Number(yy), today);
    // A plus sign is written for people aged 100 or more.
    if (!century && separator === '+') year -= 100;
  } else {
    const date = parseSwedishDate(text, options);
    if (date.ok && date.value) year = Number(date.value.slice(0, 4));
  }
  if (year === null || year < EARLIEST_YEAR || year > today.getUTCFullYear()) {
    return fail(
      'invalid_birth_year',
      'Födelseåret går inte att tolka (skriv t.ex. 1985 eller 1985-04-12)',
      'The birth year cannot be read (write e.g. 1985 or 1985-04-12)',
    );
  }
  return ok(year);
}

function readDateParts(text: string, today: Date): [number, number, number] | null {
  let match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (match) return numbers(match[1], match[2], match[3]);
  if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) return numbers(match[1], match[2], match[3]);
  if ((match = /^(\d{2})(\d{2})(\d{2})$/.exec(text))) {
    return [pivotYear(Number(match[1]), today), Number(match[2]), Number(match[3])];
  }
  // Day first, always: 5/3/2021, 5/3 2021, 5.3.2021, 5-3-21.
  if ((match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*|\s+)(\d{4}|\d{2})$/.exec(text))) {
    return [fullYear(match[3] ?? '', today), Number(match[2]), Number(match[1])];
  }
  // 5 mars 2021, 5:e mars 2021, 1:a maj 2020, 5 mar. 2021.
  if ((match = /^(\d{1,2})(?::[ae])?\.?\s*([a-zåäö]+)\.?,?\s+(\d{4})$/.exec(text))) {
    const month = MONTHS.get(match[2] ?? '');
    return month ? [Number(match[3]), month, Number(match[1])] : null;
  }
  // March 5, 2021.
  if ((match = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text))) {
    const month = MONTHS.get(match[1] ?? '');
    return month ? [Number(match[3]), month, Number(match[2])] : null;
  }
  // Month precision: mars 2021, 2021-03, 3/2021 mean the first of the month.
  if ((match = /^([a-zåäö]+)\.?\s+(\d{4})$/.exec(text))) {
    const month = MONTHS.get(match[1] ?? '');
    return month ? [Number(match[2]), month, 1] : null;
  }
  if ((match = /^(\d{4})-(\d{1,2})$/.exec(text))) return numbers(match[1], match[2], '1');
  if ((match = /^(\d{1,2})\/(\d{4})$/.exec(text))) return numbers(match[2], match[1], '1');
  // Year precision: the first of January.
  if (/^\d{4}$/.test(text)) return [Number(text), 1, 1];
  // Excel serial date, as a CSV export of a date column without a date format writes it:
  // 5 digits only (1927–2173), so no plausible year, YYMMDD or YYYYMMDD is mistaken for one.
  if ((match = /^(\d{5})(?:[.,]\d+)?$/.exec(text))) {
    const date = new Date(EXCEL_EPOCH + Number(match[1]) * DAY_MS);
    return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
  return null;
}

function numbers(year?: string, month?: string, day?: string): [number, number, number] {
  return [Number(year), Number(month), Number(day)];
}

function fullYear(text: string, today: Date): number {
  return text.length === 4 ? Number(text) : pivotYear(Number(text), today);
}

// Two-digit years up to this year's are this century, later ones the previous: 21 is 2021 and
// 85 is 1985. Dates in a people register are in the past, so this is the likely reading.
function pivotYear(yy: number, today: Date): number {
  const thisYear = today.getUTCFullYear();
  const century = thisYear - (thisYear % 100);
  return century + yy <= thisYear ? century + yy : century - 100 + yy;
}

// Personal identity numbers carry the birth date; co-ordination numbers add 60 to the day.
function isIdentityDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}
