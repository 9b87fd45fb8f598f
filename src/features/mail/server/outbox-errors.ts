import type { OutboxErrorKind } from '../mail.contract.ts';

// The mail server's own words (`last_error`) sorted into what an admin can act on, for a
// sentence in plain Swedish on the outbox page.

/** What kind of trouble `lastError` describes; null when there was none. */
export function outboxErrorKind(status: string, lastError: string | null): OutboxErrorKind | null {
  if (status === 'cancelled') return 'link';
  if (!lastError) return null;
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|timeout|ESOCKET/i.test(lastError)) {
    return 'unreachable';
  }
  if (/EAUTH|auth|535|534|530/i.test(lastError)) return 'login';
  if (/\b5\d\d\b|rejected|EENVELOPE/i.test(lastError)) return 'rejected';
  if (/\b4\d\d\b/.test(lastError)) return 'temporary';
  return 'other';
}
