import { AppError } from '../../platform/shared/app-error.ts';
import { Password } from '../../platform/shared/atoms.ts';

// Passwords an attacker tries first are refused, as NIST SP 800-63B asks: the common ones (a
// list of about 49,000 from breaches, @zxcvbn-ts/language-common), repetitive or sequential
// ones ("aaaaaaaaaa", "0123456789"), and ones built from what anyone can know about the person
// or the association (their name or address, "Huddinge2026"). Length is the contract's (10+).
//
// Shared by both halves: the server refuses with these checks, and the strength meter where a
// password is chosen runs the very same ones in the browser, so the two cannot disagree.

export type PasswordProblem =
  'too_short' | 'too_long' | 'common_password' | 'repetitive_password' | 'personal_password';

export interface PasswordContext {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  organizationName?: string | null;
}

/** The common passwords, in lower case. */
export type CommonPasswords = ReadonlySet<string>;

let loading: Promise<CommonPasswords> | undefined;

/**
 * The list of common passwords. Imported on first use: in the browser it is a chunk of its own
 * (about 200 KB gzip) that only the pages choosing a password fetch.
 */
export function loadCommonPasswords(): Promise<CommonPasswords> {
  if (!loading) {
    loading = import('@zxcvbn-ts/language-common').then(
      ({ dictionary }) => new Set(dictionary['passwords-common']),
    );
    // A failed fetch (the browser offline for a moment) is tried again next time.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** Words of the context worth guessing with: names, the address's parts, the association's. */
export function contextWords(context: PasswordContext): string[] {
  const text = [
    context.firstName,
    context.lastName,
    context.email?.replace(/@.*/, ''),
    context.organizationName,
    'grasrot gräsrot vansterpartiet vänsterpartiet',
  ].join(' ');
  return [...new Set(fold(text).split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 3);
}

/** Lower case without diacritics: "Nyström" is guessed as "nystrom" too. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
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
  common: CommonPasswords,
): PasswordProblem | null {
  // The contract's own bounds, counted as the contract counts them (code points).
  const length = Password.safeParse(password);
  if (!length.success) return length.error.issues[0]?.code === 'too_big' ? 'too_long' : 'too_short';
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4 || isSequential(lower)) return 'repetitive_password';
  // A common password with a few characters added ("password2026!") is as common.
  const core = lower.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, '');
  if (common.has(lower)) return 'common_password';
  if (core.length >= 4 && lower.length - core.length <= 6 && common.has(core)) {
    return 'common_password';
  }
  const folded = fold(password);
  for (const word of contextWords(context)) {
    if (folded.includes(word) && folded.length - word.length < 8) return 'personal_password';
  }
  return null;
}

/** Throws a field error on `body.password` when the password may not be used. */
export async function assertPasswordAcceptable(password: string, context: PasswordContext) {
  const problem = findPasswordProblem(password, context, await loadCommonPasswords());
  if (!problem) return;
  throw new AppError('validation', 'Choose a password that is harder to guess', {
    errors: [{ path: 'body.password', code: problem, message: 'Too easy to guess' }],
  });
}
