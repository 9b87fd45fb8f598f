/** Thrown by a handler when trying again cannot help (the job is marked failed at once). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

const MAX_LENGTH = 500;
const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;
// Phone and personal numbers: 7+ digits, maybe with spaces or hyphens, not part of a word.
const NUMBER = /(?<![\w-])\+?\d(?:[\s-]?\d){6,}(?![\w-])/g;
// Ids are kept: they say which job or sign-up without saying who.
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * What is stored as a job's last error: the error's kind and message, with e-mail addresses
 * and long numbers removed and the length capped. Handlers must still not put names in errors.
 */
export function describeJobError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
  const cleaned = text
    .split(UUID)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(EMAIL, '[e-mail]').replace(NUMBER, '[number]'),
    )
    .join('');
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}
