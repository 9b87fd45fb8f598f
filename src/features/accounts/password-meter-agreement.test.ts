import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/shared/app-error.ts';
import { createRandom } from '../../platform/shared/seeded-random.ts';
import { PasswordResetConfirm } from './accounts.contract.ts';
import {
  assertPasswordAcceptable,
  loadCommonPasswords,
  type PasswordContext,
} from './password-policy.ts';
import {
  loadPasswordChecker,
  ratePassword,
  type PasswordChecker,
} from './web/password-strength.ts';

// The strength meter refuses exactly what the server refuses, with the same reason: the
// contract's length, then the server's own checks, over a table of passwords.

const karin: PasswordContext = {
  firstName: 'Karin',
  lastName: 'Nyström',
  email: 'karin.nystrom@example.org',
  organizationName: 'Vänsterpartiet Huddinge',
};
const contexts: PasswordContext[] = [{}, karin];

/** What the server answers: the contract's length error, a policy refusal's code, or null. */
async function serverRefusal(password: string, context: PasswordContext) {
  const parsed = PasswordResetConfirm.safeParse({ token: 't'.repeat(20), password });
  if (!parsed.success)
    return parsed.error.issues[0]?.code === 'too_small' ? 'too_short' : 'too_long';
  try {
    await assertPasswordAcceptable(password, context);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.errors[0]?.code;
  }
}

let checker: PasswordChecker;
let table: string[];

beforeAll(async () => {
  checker = await loadPasswordChecker();
  const list = [...(await loadCommonPasswords())];
  const random = createRandom(8);
  const generated = Array.from({ length: 300 }, () => {
    const word = random.pick(list);
    const year = String(random.int(1950, 2030));
    return random.pick([
      word,
      `${word[0]?.toUpperCase()}${word.slice(1)}${year}!`,
      `${year}${word}`,
      `${word} ${random.pick(list)} ${random.pick(list)}`,
      `${word}${'x'.repeat(random.int(0, 8))}`,
    ]);
  });
  table = [
    ...['', 'kort', 'Trähus 19', 'Trähus 193', 'x'.repeat(200), 'x'.repeat(201)],
    ...['ord '.repeat(50), `${'ord '.repeat(50)}!`],
    ...['password123', 'qwertyuiop', 'Password2026!', 'iloveyou12', 'p@ssw0rd123'],
    ...['aaaaaaaaaa', 'abababababab', 'abcdefghijk', '9876543210', 'abcdefghij1'],
    ...['KarinNystrom1', 'nyström2026!', 'Huddinge2026!', 'karin.nystrom', 'Gräsrot2026'],
    ...['karin cyklar till vårby gård', 'regn-över-Flemingsberg-7', 'Trähus i Stuvsta 1931'],
    ...['Xk9#mQ2!vL', 'kanelbulle7', 'correcthorsebattery', '🌲🌳🌲🌳ab', '🌲🌳🌲🌳abcdef'],
    ...generated,
  ];
});

describe('the meter and the server', () => {
  it('refuse the same passwords for the same reason', async () => {
    const outcomes = new Map<string, number>();
    for (const context of contexts) {
      for (const password of table) {
        const server = await serverRefusal(password, context);
        const meter = ratePassword(password, context, checker);
        expect({ password, meter: meter.isRefused ? meter.verdict : null }).toEqual({
          password,
          meter: server,
        });
        const key = meter.verdict;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    // The table reaches every verdict but "checking", so the agreement is not vacuous.
    expect([...outcomes.keys()].sort()).toEqual(
      [
        'common_password',
        'fair',
        'personal_password',
        'repetitive_password',
        'strong',
        'too_long',
        'too_short',
        'weak',
      ].sort(),
    );
  });

  it('before the list has come, the meter accepts nothing and refuses only what the server does', async () => {
    for (const password of table) {
      const server = await serverRefusal(password, karin);
      const meter = ratePassword(password, karin, undefined);
      if (meter.isRefused)
        expect({ password, meter: meter.verdict }).toEqual({ password, meter: server });
      else expect({ password, verdict: meter.verdict }).toEqual({ password, verdict: 'checking' });
    }
  });
});
