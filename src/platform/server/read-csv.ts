// Reading CSV as people make it (Excel, LibreOffice, exports of other systems) and as
// authorities publish it: the register's import and the election results both read through here.
import type { Delimiter } from './write-csv.ts';

export type { Delimiter };

/** One record and the file line it starts on (1-based), for messages. */
export interface CsvRecord {
  line: number;
  values: string[];
}

/** Something wrong in the file, with a stable code and a message in Swedish and English. */
export interface CsvProblem {
  line: number;
  code: string;
  /** Swedish, shown to the user. */
  message: string;
  messageEn: string;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  rows: CsvRecord[];
  problems: CsvProblem[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// On a tie the more specific delimiter wins: a tab or semicolon in a header line is rarely an accident.
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const SAMPLE_RECORDS = 50;

/**
 * Parses CSV text (RFC 4180, leniently): quoted fields with doubled quotes and line breaks, CRLF,
 * LF or CR line ends. The delimiter is detected unless given; an Excel `sep=;` first line wins.
 */
export function parseCsv(text: string, options: { delimiter?: Delimiter } = {}): ParsedCsv {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let firstLine = 1;
  let delimiter = options.delimiter;
  const sep = /^sep=([,;\t])[ \t]*(\r\n|\n|\r|$)/i.exec(body);
  if (sep) {
    delimiter ??= sep[1] as Delimiter;
    body = body.slice(sep[0].length);
    firstLine = 2;
  }
  delimiter ??= detectDelimiter(body);
  const problems: CsvProblem[] = [];
  const rows = parseRecords(body, delimiter, firstLine, Infinity, problems);
  return { delimiter, rows, problems };
}

/** Picks the delimiter that gives the same, largest number of columns over the first records. */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; consistency: number; columns: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const counts = parseRecords(text, delimiter, 1, SAMPLE_RECORDS, [])
      .filter((row) => !(row.values.length === 1 && row.values[0]?.trim() === ''))
      .map((row) => row.values.length);
    const columns = mode(counts);
    if (columns < 2) continue;
    const consistency = counts.filter((count) => count === columns).length / counts.length;
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && columns > best.columns)
    ) {
      best = { delimiter, consistency, columns };
    }
  }
  // One column only: any delimiter reads it the same; semicolon is Swedish Excel's.
  return best?.delimiter ?? ';';
}

function parseRecords(
  text: string,
  delimiter: Delimiter,
  firstLine: number,
  maxRecords: number,
  problems: CsvProblem[],
): CsvRecord[] {
  const d = delimiter.charCodeAt(0);
  const length = text.length;
  const rows: CsvRecord[] = [];
  let i = 0;
  let line = firstLine;
  while (i < length && rows.length < maxRecords) {
    const startLine = line;
    const values: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        value = '';
        let segmentStart = ++i;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            line += countLineBreaks(text, i, length);
            value += text.slice(segmentStart);
            problems.push(unterminatedQuote(startLine));
            i = length;
            break;
          }
          line += countLineBreaks(text, i, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(segmentStart, quote + 1);
            i = segmentStart = quote + 2;
            continue;
          }
          value += text.slice(segmentStart, quote);
          i = quote + 1;
          break;
        }
        // Text after the closing quote (`"Anna" Svensson`) is kept as written, as Excel does.
        const end = fieldEnd(text, i, d);
        if (end > i) value += text.slice(i, end);
        i = end;
      } else {
        const end = fieldEnd(text, i, d);
        value = text.slice(i, end);
        i = end;
      }
      values.push(value);
      if (i >= length) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= length) {
          values.push('');
          break;
        }
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    rows.push({ line: startLine, values });
  }
  return rows;
}

function fieldEnd(text: string, from: number, delimiter: number): number {
  let j = from;
  const length = text.length;
  while (j < length) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === LF || c === CR) return j;
    j++;
  }
  return j;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(j + 1) !== LF) count++;
  }
  return count;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function unterminatedQuote(line: number): CsvProblem {
  return {
    line,
    code: 'unterminated_quote',
    message: `Ett citattecken som börjar på rad ${line} avslutas aldrig; resten av filen blev ett enda fält`,
    messageEn: `A quote that starts on line ${line} is never closed; the rest of the file became one field`,
  };
}
