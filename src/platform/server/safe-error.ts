// What of an error may be logged or stored: never the values a query was given, never text a
// person typed. Database errors carry their parameters (`params`), the row that failed
// (`detail`: "Key (email)=(…) already exists") and messages quoting the bad value; only the
// kind, the codes, the names of the table, column and constraint, and scrubbed text are kept.

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;
// Phone and personal numbers: 7+ digits, maybe with spaces or hyphens, not part of a word.
const NUMBER = /(?<![\w-])\+?\d(?:[\s-]?\d){6,}(?![\w-])/g;
// Ids are kept: they say which row without saying who.
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
// A quoted value ("…" or '…'); quoted names of tables, columns and types are kept.
const QUOTED = /"([^"\n]*)"|'([^'\n]*)'/g;
const NAME = /^[a-z_][a-z0-9_.]*$/;

/** The text with quoted values, e-mail addresses and long numbers replaced; ids kept. */
export function scrubText(text: string): string {
  return text
    .split(UUID)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(QUOTED, (quoted, double?: string, single?: string) =>
              NAME.test(double ?? single ?? '') ? quoted : '"[value]"',
            )
            .replace(EMAIL, '[e-mail]')
            .replace(NUMBER, '[number]'),
    )
    .join('');
}

const KEPT = ['code', 'severity', 'routine', 'constraint', 'table', 'column', 'statusCode'];

/** An error as the logs may hold it (pino's `err` serializer). */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubText(String(error)) };
  const fields = error as unknown as Record<string, unknown>;
  const safe: Record<string, unknown> = {
    type: error.constructor?.name || error.name,
    name: error.name,
    message: scrubText(error.message),
  };
  for (const key of KEPT) {
    if (typeof fields[key] === 'string' || typeof fields[key] === 'number') safe[key] = fields[key];
  }
  if (error.stack) {
    // The stack's first line repeats the message; the frames are code locations.
    const frames = error.stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
    safe.stack = [`${error.name}: ${safe.message as string}`, ...frames].join('\n');
  }
  if (error.cause !== undefined) safe.cause = safeError(error.cause);
  return safe;
}
