import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../db/backup.ts';
import { SecretBox } from '../../../../platform/server/secret-box.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';
import { stepAt, totpCode } from './totp.ts';

let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'twofactor');
  other = await seedAssociation(t.db, 'twofactor-other');
});
afterAll(() => t.close());

function post(headers: Record<string, string>, url: string, payload?: object) {
  return t.app.inject({ method: 'POST', url, headers, payload });
}

/** A code as the person's app shows it, `offset` steps from now. */
function codeFor(secret: string, offset = 0) {
  return totpCode(secret, stepAt(Date.now()) + offset);
}

async function turnOn(session: TestSession) {
  const setup = await post(session.headers, '/api/auth/two-factor/setup');
  expect(setup.statusCode).toBe(200);
  const { secret, uri, qr } = setup.json() as { secret: string; uri: string; qr: boolean[][] };
  const confirm = await post(session.headers, '/api/auth/two-factor/confirm', {
    code: codeFor(secret),
  });
  expect(confirm.statusCode).toBe(200);
  const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
  return { secret, uri, qr, recoveryCodes };
}

function logIn(email: string, extra: { code?: string; password?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: '203.0.113.5',
    payload: { email, password: extra.password ?? TEST_PASSWORD, code: extra.code },
  });
}

async function auditActions(personId: string) {
  const rows = await t.db
    .selectFrom('audit_log')
    .select(['action', 'account_id'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => row.action);
}

describe('turning two-factor login on', () => {
  it('ends the sessions opened with the password alone, and turns on once for two submits', async () => {
    const third = await seedAssociation(t.db, 'twofactor-third');
    const earlier = await login(t.app, third.emails.admin);
    const session = await login(t.app, third.emails.admin);
    const setup = await post(session.headers, '/api/auth/two-factor/setup');
    const code = codeFor((setup.json() as { secret: string }).secret);
    const [first, second] = await Promise.all([
      post(session.headers, '/api/auth/two-factor/confirm', { code }),
      post(session.headers, '/api/auth/two-factor/confirm', { code }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(
      (await t.app.inject({ url: '/api/auth/session', headers: earlier.headers })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/auth/session', headers: session.headers })).statusCode,
    ).toBe(200);
  });

  it('shows a secret with its QR code and turns on only once a code from it is right', async () => {
    const session = await login(t.app, org.emails.organizer);
    const setup = await post(session.headers, '/api/auth/two-factor/setup');
    const { secret, uri, qr } = setup.json() as { secret: string; uri: string; qr: boolean[][] };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Gr%C3%A4srot%20.+\?secret=/);
    expect(uri).toContain(`secret=${secret}`);
    expect(qr.length).toBeGreaterThanOrEqual(21);
    expect(qr.every((row) => row.length === qr.length)).toBe(true);

    const wrong = await post(session.headers, '/api/auth/two-factor/confirm', {
      code: codeFor(secret, 5),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].code).toBe('invalid_code');
    const status = await t.app.inject({ url: '/api/auth/two-factor', headers: session.headers });
    expect(status.json()).toMatchObject({ enabled: false });

    const confirm = await post(session.headers, '/api/auth/two-factor/confirm', {
      code: codeFor(secret),
    });
    expect(confirm.statusCode).toBe(200);
    const codes = (confirm.json() as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    codes.forEach((code) => expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/));
    const after = await t.app.inject({ url: '/api/auth/two-factor', headers: session.headers });
    expect(after.json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });
    expect(await auditActions(org.personIds.organizer)).toContain('account.two_factor_on');
  });
});

describe('logging in with two factors', () => {
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    ({ secret, recoveryCodes } = await turnOn(await login(t.app, org.emails.coordinator)));
  });

  it('asks for a code after the right password and starts no session without it', async () => {
    const response = await logIn(org.emails.coordinator);
    expect(response.statusCode).toBe(401);
    expect(response.json().errors[0].code).toBe('two_factor_required');
    expect(response.cookies.find((c) => c.name === 'grasrot_session')).toBeUndefined();
    // A wrong password is refused as before: the code step says nothing about other accounts.
    const wrongPassword = await logIn(org.emails.coordinator, { password: 'not the password' });
    expect(wrongPassword.json().errors).toEqual([]);
  });

  it('logs in with a code from the app, once: the same code cannot be used again', async () => {
    const code = codeFor(secret, 1);
    const first = await logIn(org.emails.coordinator, { code });
    expect(first.statusCode).toBe(200);
    expect(sessionCookie(first)).toMatch(/^grasrot_session=/);
    const replay = await logIn(org.emails.coordinator, { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors[0].code).toBe('invalid_code');
  });

  it('logs in with a recovery code once, audits it and tells the person', async () => {
    const typed = recoveryCodes[3]!.toUpperCase().replace('-', ' ');
    const response = await logIn(org.emails.coordinator, { code: typed });
    expect(response.statusCode).toBe(200);
    expect((await logIn(org.emails.coordinator, { code: recoveryCodes[3] })).statusCode).toBe(401);
    expect(await auditActions(org.personIds.coordinator)).toContain('account.recovery_code_used');
    const mail = await t.db
      .selectFrom('outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', org.emails.coordinator)
      .execute();
    expect(mail.map((m) => m.subject)).toContain('En av dina reservkoder har använts');
    const status = await t.app.inject({
      url: '/api/auth/two-factor',
      headers: { cookie: sessionCookie(response) },
    });
    expect(status.json()).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('slows down someone who has the password and guesses codes, from every address', async () => {
    // One wrong code was typed above (the used recovery code); five are free in all.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `198.51.100.${i + 1}`,
        payload: { email: org.emails.coordinator, password: TEST_PASSWORD, code: '000000' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('keeps no secret a backup could log in with', async () => {
    const backup = JSON.stringify(await createBackup(t.db));
    expect(backup).not.toContain(secret);
    for (const code of recoveryCodes) expect(backup).not.toContain(code);
    // The stored secret is sealed with the installation's key, kept outside the database.
    const row = await t.db
      .selectFrom('accounts')
      .select('totp_secret')
      .where('email', '=', org.emails.coordinator)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(t.app.secretBox.open(row.totp_secret!)).toBe(secret);
    expect(new SecretBox(randomBytes(32)).open(row.totp_secret!)).toBeNull();
  });
});

describe('an association that requires two-factor login', () => {
  it('leads admins and organizers to set it up before anything else; activists are not asked', async () => {
    const admin = await login(t.app, other.emails.admin);
    const organizer = await login(t.app, other.emails.organizer);
    const activist = await login(t.app, other.emails.activist);
    const adminSetup = await turnOn(admin);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/security-settings',
      headers: admin.headers,
      payload: { requireTwoFactor: true },
    });
    expect(put.statusCode).toBe(200);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'security.settings')
      .where('organization_id', '=', other.id)
      .execute();
    expect(audited.map((row) => row.details)).toEqual([{ requireTwoFactor: true }]);

    // The organizer's session, already open, may now only set it up.
    const people = await t.app.inject({ url: '/api/people', headers: organizer.headers });
    expect(people.statusCode).toBe(403);
    expect(people.json().errors[0].code).toBe('two_factor_setup_required');
    const session = await t.app.inject({ url: '/api/auth/session', headers: organizer.headers });
    expect(session.json().mustSetUpTwoFactor).toBe(true);
    expect((await t.app.inject({ url: '/api/me', headers: activist.headers })).statusCode).toBe(
      200,
    );

    const organizerSetup = await turnOn(organizer);
    expect(
      (await t.app.inject({ url: '/api/people', headers: organizer.headers })).statusCode,
    ).toBe(200);
    // Where it is required, it cannot be turned off by the person.
    const off = await post(organizer.headers, '/api/auth/two-factor/disable', {
      code: codeFor(organizerSetup.secret, 1),
    });
    expect(off.statusCode).toBe(409);
    expect(adminSetup.recoveryCodes).toHaveLength(10);
  });

  it("lets an admin reset a lost phone's two-factor login: audited, and the person is told", async () => {
    // The admin has two-factor on (above): the password alone no longer logs in.
    await expect(login(t.app, other.emails.admin)).rejects.toThrow(/two_factor_required/);
    const account = await t.db
      .selectFrom('accounts')
      .select(['id'])
      .where('email', '=', other.emails.organizer)
      .executeTakeFirstOrThrow();
    const adminSecret = await t.db
      .selectFrom('accounts')
      .select('totp_secret')
      .where('email', '=', other.emails.admin)
      .executeTakeFirstOrThrow();
    const secret = t.app.secretBox.open(adminSecret.totp_secret!)!;
    const response = await logIn(other.emails.admin, { code: codeFor(secret, 1) });
    expect(response.statusCode).toBe(200);
    const headers = {
      cookie: sessionCookie(response),
      'x-csrf-token': (response.json() as { csrfToken: string }).csrfToken,
    };

    const outsider = await login(t.app, org.emails.admin);
    const foreign = await post(outsider.headers, `/api/accounts/${account.id}/two-factor/reset`);
    expect(foreign.statusCode).toBe(404);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${account.id}/two-factor/reset`,
      headers,
    });
    expect(reset.statusCode).toBe(200);
    expect(await auditActions(other.personIds.organizer)).toContain('account.two_factor_reset');
    const mail = await t.db
      .selectFrom('outbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', other.emails.organizer)
      .execute();
    expect(mail.map((m) => m.subject)).toContain(
      'Tvåstegsverifieringen för ditt konto har stängts av',
    );
    // The organizer logs in with the password and is led to set it up again.
    const again = await logIn(other.emails.organizer);
    expect(again.statusCode).toBe(200);
    expect(again.json().mustSetUpTwoFactor).toBe(true);
    // …and Min sida says so, also where no mail is sent.
    const notices = await t.app.inject({
      url: '/api/auth/notices',
      headers: { cookie: sessionCookie(again) },
    });
    expect(notices.json().items.map((n: { kind: string }) => n.kind)).toContain('two_factor_reset');
  });

  it('lets only admins change the rule or reset another account', async () => {
    const activist = await login(t.app, org.emails.activist);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/security-settings',
      headers: activist.headers,
      payload: { requireTwoFactor: true },
    });
    expect(put.statusCode).toBe(403);
    const reset = await post(
      activist.headers,
      `/api/accounts/${org.personIds.admin}/two-factor/reset`,
    );
    expect(reset.statusCode).toBe(403);
  });
});
