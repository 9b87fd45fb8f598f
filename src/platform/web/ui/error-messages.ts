import type { IntlShape } from 'react-intl';
import { ApiError, type ApiErrorCode } from '../api.ts';

/** Message ids that replace the generic text for some codes, e.g. a 401 on the login form. */
export type ErrorMessageOverrides = Partial<Record<ApiErrorCode, string>>;

/** True when the server named fields to correct: the form shows why next to each field. */
export function hasFieldErrors(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 400 || error.status === 409) &&
    error.fieldErrors.length > 0
  );
}

/**
 * True when trying the same request again might help: no answer, or a fault on the server.
 * A missing page, a refusal or a wrong input stays the same however often one retries.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === 'network' || error.code === 'internal' || error.status >= 500;
}

/** A translated sentence for any thrown error; never the server's English detail. */
export function describeError(
  intl: IntlShape,
  error: unknown,
  overrides: ErrorMessageOverrides = {},
): string {
  if (!(error instanceof ApiError)) return intl.formatMessage({ id: 'error.unknown' });
  const override = overrides[error.code];
  if (override) return intl.formatMessage({ id: override });
  // The fields say what is wrong; the alert only points at them. Never "reload": it loses input.
  if (hasFieldErrors(error)) return intl.formatMessage({ id: 'error.fieldErrors' });
  if (error.code === 'too_many_requests' && error.retryAfterSeconds) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return intl.formatMessage({ id: 'error.too_many_requests.retry' }, { minutes });
  }
  return intl.formatMessage({ id: `error.${error.code}` });
}

/**
 * A translated message for one field error. `code` is zod's issue code (from the server's
 * problem or from validating the same contract schema in the browser), or our own.
 * Looks for a form-specific override, then `error.field.<field>.<code>`, then `error.field.<code>`.
 */
export function fieldErrorMessage(
  intl: IntlShape,
  field: string,
  code: string,
  overrides: Record<string, string> = {},
): string {
  const candidates = [
    overrides[`${field}.${code}`],
    `error.field.${field}.${code}`,
    `error.field.${code}`,
  ];
  const id = candidates.find((candidate) => candidate && candidate in intl.messages);
  return intl.formatMessage({ id: id ?? 'error.field.unknown' });
}
