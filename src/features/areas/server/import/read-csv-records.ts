// A small CSV reader for election result files: BOM, CRLF/LF, quoted fields with doubled quotes
// (line breaks inside quotes too), and `,`, `;` or tab as separator, detected from the header line.

export interface CsvRecord {
  /** The file line the record starts on (1-based), for messages. */
  line: number;
  values: string[];
}

const SEPARATORS = [';', '\t', ','] as const;

/** Picks the separator that occurs most often (outside quotes) in the first line; ties go to `;`/tab. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ',';
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    const count = counts.get(sep)!;
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/** Splits CSV text into records; blank lines are dropped. `unclosedQuoteLine`: a quote never closed. */
export function readCsvRecords(input: string): {
  records: CsvRecord[];
  unclosedQuoteLine: number | null;
} {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let wasQuoted = false;
  const endRecord = () => {
    values.push(field);
    if (values.length > 1 || values[0]!.trim() !== '' || wasQuoted) {
      records.push({ line: recordLine, values });
    }
    values = [];
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
      wasQuoted = true;
    } else if (ch === separator) {
      values.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  const unclosedQuoteLine = inQuotes ? recordLine : null;
  if (field !== '' || values.length > 0 || wasQuoted) endRecord();
  return { records, unclosedQuoteLine };
}
