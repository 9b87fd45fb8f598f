import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../../platform/shared/app-error.ts';

// Passwords an attacker tries first are refused, as NIST SP 800-63B asks: the common ones (a
// list of about 49,000 from breaches, @zxcvbn-ts/language-common), repetitive or sequential
// ones ("aaaaaaaaaa", "0123456789"), and ones built from what anyone can know about the person
// or the association (their name or address, "Huddinge2026"). Length is the contract's (10+).

export type PasswordProblem = 'common_password' | 'repetitive_password' | 'personal_password';

export interface PasswordContext {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  organizationName?: string | null;
}

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common']));

/** Words of the context worth guessing with: names, the address's parts, the association's. */
function contextWords(context: PasswordContext): string[] {
  const text = [
    context.firstName,
    context.lastName,
    context.email?.replace(/@.*/, ''),
    context.organizationName,
    'grasrot gräsrot vansterpartiet vänsterpartiet',
  ].join(' ');
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 3);
}

function isSequential(text: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  return steps.size === 1 && [1, -1, 0].includes([...steps][0]!);
}

/** What is wrong with the password, or null when it may be used. */
export function findPasswordProblem(
  password: string,
  context: PasswordContext,
): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4 || isSequential(lower)) return 'repetitive_password';
  // A common password with a few characters added ("password2026!") is as common.
  const core = lower.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, '');
  if (commonPasswords().has(lower)) return 'common_password';
  if (core.length >= 4 && lower.length - core.length <= 6 && commonPasswords().has(core)) {
    return 'common_password';
  }
  for (const word of contextWords(context)) {
    if (lower.includes(word) && lower.length - word.length < 8) return 'personal_password';
  }
  return null;
}

/** Throws a field error on `body.password` when the password may not be used. */
export function assertPasswordAcceptable(password: string, context: PasswordContext) {
  const problem = findPasswordProblem(password, context);
  if (!problem) return;
  throw new AppError('validation', 'Choose a password that is harder to guess', {
    errors: [{ path: 'body.password', code: problem, message: 'Too easy to guess' }],
  });
}
