import { scrubText } from '../safe-error.ts';

/** Thrown by a handler when trying again cannot help (the job is marked failed at once). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

const MAX_LENGTH = 500;

/**
 * What is stored as a job's last error: the error's kind and message, with e-mail addresses
 * and long numbers removed and the length capped. Handlers must still not put names in errors.
 */
export function describeJobError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
  const cleaned = scrubText(text);
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}
