import type { IntlShape } from 'react-intl';
import { ApiError, type ApiErrorCode } from '../api.ts';

/** Message ids that replace the generic text for some codes, e.g. a 401 on the login form. */
export type ErrorMessageOverrides = Partial<Record<ApiErrorCode, string>>;

/** A translated sentence for any thrown error; never the server's English detail. */
export function describeError(
  intl: IntlShape,
  error: unknown,
  overrides: ErrorMessageOverrides = {},
): string {
  if (!(error instanceof ApiError)) return intl.formatMessage({ id: 'error.unknown' });
  const override = overrides[error.code];
  if (override) return intl.formatMessage({ id: override });
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
