import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { findPasswordProblem, loadCommonPasswords } from '../password-policy.ts';
import {
  startSmtp,
  tokenSentTo,
  type FakeSmtp,
} from '../../../platform/server/mail/mail-testing.ts';

// The reset page looks up whose account its link is for, so that its strength meter checks
// the password against the same names as the server does when the password is saved.

let t: TestApp;
let org: TestAssociation;
let smtp: FakeSmtp;

beforeAll(async () => {
  // Links are made only as the mail server takes the message: read them where they arrive.
  smtp = await startSmtp();
  t = await createTestApp({ smtpUrl: smtp.url });
  org = await seedAssociation(t.db, 'stuvsta');
  await t.db
    .updateTable('people')
    .set({ first_name: 'Karin', last_name: 'Nyström' })
    .where('id', '=', org.personIds.activist)
    .execute();
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function resetToken(email: string) {
  await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  await t.app.mailer.flush();
  return tokenSentTo(smtp.received, email, '/reset-password');
}

const lookUp = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password-reset/lookup', payload: { token } });
const confirm = (token: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset/confirm',
    payload: { token, password },
  });

describe('looking up a password reset link', () => {
  it("names the link's account and leaves the link usable; a used or unknown link is refused", async () => {
    const token = await resetToken(org.emails.activist);
    const first = await lookUp(token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      email: org.emails.activist,
      firstName: 'Karin',
      lastName: 'Nyström',
      organizationName: 'Vänsterpartiet stuvsta',
    });
    expect((await lookUp(token)).statusCode).toBe(200);
    expect((await confirm(token, 'en ny vår i Stuvsta')).statusCode).toBe(200);

    for (const dead of [token, 'x'.repeat(43)]) {
      const response = await lookUp(dead);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({
        path: 'body.token',
        code: 'invalid_token',
      });
    }
  });

  it('the server refuses exactly what the meter refuses, given what the lookup answered', async () => {
    const common = await loadCommonPasswords();
    const token = await resetToken(org.emails.activist);
    const context = (await lookUp(token)).json();
    // Without the lookup the meter could not know these; the server refuses them.
    expect(findPasswordProblem('KarinNystrom1', {}, common)).toBeNull();
    expect(findPasswordProblem('Stuvsta2026!', {}, common)).toBeNull();

    const refused = ['KarinNystrom1', 'nyström.karin', 'Stuvsta2026!', 'password2026', 'kort'];
    for (const password of [...refused, 'aaaaaaaaaaaa', 'Karins nya lösenord i vår']) {
      const problem = findPasswordProblem(password, context, common);
      const response = await confirm(token, password);
      expect({ password, status: response.statusCode }).toEqual({
        password,
        status: problem ? 400 : 200,
      });
      if (problem) {
        expect(response.json().errors).toEqual([
          expect.objectContaining({
            path: 'body.password',
            code: problem === 'too_short' ? 'too_small' : problem,
          }),
        ]);
      }
    }
    expect(refused.every((password) => findPasswordProblem(password, context, common))).toBe(true);
  });
});
