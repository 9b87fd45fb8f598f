import type { ErrorMessageOverrides } from '../../../platform/web/ui/error-messages.ts';

/** A link whose token is wrong, used or expired: the server answers one of these codes. */
export const tokenErrorMessages: ErrorMessageOverrides = {
  validation: 'token.invalid',
  bad_request: 'token.invalid',
  not_found: 'token.invalid',
  conflict: 'token.invalid',
  unauthenticated: 'token.invalid',
  forbidden: 'token.invalid',
};
