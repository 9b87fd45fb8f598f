import {
  contextWords,
  findPasswordProblem,
  loadCommonPasswords,
  type CommonPasswords,
  type PasswordContext,
  type PasswordProblem,
} from '../password-policy.ts';

// What the strength meter shows. Whether a password is refused comes from the server's own
// checks (../password-policy.ts); how strong an accepted one is comes from zxcvbn's estimate of
// the guesses needed, which also sees keyboard walks, dates, l33t and words of the same list.

/** The meter's verdict: a refusal of the server's, or how strong an accepted password is. */
export type PasswordVerdict =
  | PasswordProblem
  /** The list of common passwords is still being fetched. */
  | 'checking'
  /** The list could not be fetched: the server checks when the password is saved. */
  | 'unchecked'
  | 'weak'
  | 'fair'
  | 'strong';

export interface PasswordRating {
  verdict: PasswordVerdict;
  /** True exactly when the server would refuse the password. */
  isRefused: boolean;
  /** How full the bar is, 0–100. */
  value: number;
}

export interface PasswordChecker {
  common: CommonPasswords;
  /** zxcvbn's score 0–4: 3 stands up to an offline attack on a slow hash, 4 well beyond it. */
  score: (password: string, userInputs: string[]) => number;
}

/** The list and the estimator, fetched together as chunks of their own (not in first load). */
export async function loadPasswordChecker(): Promise<PasswordChecker> {
  const [common, { ZxcvbnFactory }, { adjacencyGraphs, dictionary }] = await Promise.all([
    loadCommonPasswords(),
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
  ]);
  const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return { common, score: (password, userInputs) => zxcvbn.check(password, userInputs).score };
}

const noCommonPasswords: CommonPasswords = new Set();

/**
 * Rates a password as the meter shows it. Without the checker (still loading, or failed) the
 * checks that need no list still refuse; an otherwise good password waits for the list.
 */
export function ratePassword(
  password: string,
  context: PasswordContext,
  checker: PasswordChecker | undefined,
  hasFailed = false,
): PasswordRating {
  const problem = findPasswordProblem(password, context, checker?.common ?? noCommonPasswords);
  if (problem === 'too_short') {
    return { verdict: problem, isRefused: true, value: Math.min(20, 2 * password.length) };
  }
  if (problem) return { verdict: problem, isRefused: true, value: 20 };
  if (!checker)
    return { verdict: hasFailed ? 'unchecked' : 'checking', isRefused: false, value: 0 };
  const score = checker.score(password, contextWords(context));
  if (score >= 4) return { verdict: 'strong', isRefused: false, value: 100 };
  if (score === 3) return { verdict: 'fair', isRefused: false, value: 70 };
  return { verdict: 'weak', isRefused: false, value: 40 };
}
