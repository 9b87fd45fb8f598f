import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startSmtp,
  tokenSentTo,
  type FakeSmtp,
} from '../../../platform/server/mail/mail-testing.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  TEST_PASSWORD,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';

// Reset and invitation links as their recipients get them: by e-mail, from a real SMTP server.

let smtp: FakeSmtp;
let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ smtpUrl: smtp.url });
  org = await seedAssociation(t.db, 'links');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The token of the newest `path` link mailed to `email`. */
async function mailedToken(email: string, path: string) {
  await t.app.mailer.flush();
  return tokenSentTo(smtp.received, email, path);
}

describe('password reset', () => {
  it('mails a single-use link that sets a new password and ends old sessions', async () => {
    const old = await login(t.app, org.emails.activist);
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: org.emails.activist },
    });
    expect(request.statusCode).toBe(202);
    const token = await mailedToken(org.emails.activist, '/reset-password');

    const confirm = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token, password },
      });
    expect((await confirm('ett helt nytt lösenord')).statusCode).toBe(200);
    expect((await confirm('ett annat nytt lösenord')).statusCode).toBe(400);

    const check = await t.app.inject({ url: '/api/auth/session', headers: { cookie: old.cookie } });
    expect(check.statusCode).toBe(401);
    await expect(login(t.app, org.emails.activist)).rejects.toThrow();
    await login(t.app, org.emails.activist, 'ett helt nytt lösenord');
  });

  it('refuses a password easy to guess, with the reason, and leaves the link usable', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: org.emails.organizer },
    });
    const token = await mailedToken(org.emails.organizer, '/reset-password');
    const confirm = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token, password },
      });
    const refusals = {
      aaaaaaaaaa: 'repetitive_password',
      password123: 'common_password',
    };
    for (const [password, code] of Object.entries(refusals)) {
      const refused = await confirm(password);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ path: 'body.password', code }),
      ]);
    }
    // The same password as before, so the tests after this one still log in.
    expect((await confirm(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a used link ends older ones and lifts a lockout', async () => {
    const request = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: org.emails.coordinator },
      });
    await request();
    const older = await mailedToken(org.emails.coordinator, '/reset-password');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await request();
    const newer = await mailedToken(org.emails.coordinator, '/reset-password');
    expect(newer).not.toBe(older);
    // Someone fails on purpose until the account is locked for this address.
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: org.emails.coordinator, password: 'fel lösenord' },
      });
    }
    const confirm = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/confirm',
        payload: { token, password: 'samordnarens nya lösenord' },
      });
    expect((await confirm(newer)).statusCode).toBe(200);
    expect((await confirm(older)).statusCode).toBe(400);
    await login(t.app, org.emails.coordinator, 'samordnarens nya lösenord');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = await t.db.selectFrom('outbox').select('id').execute();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'ingen@links.example.org' },
    });
    expect(response.statusCode).toBe(202);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses an expired link', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: org.emails.organizer },
    });
    const token = await mailedToken(org.emails.organizer, '/reset-password');
    await t.db
      .updateTable('account_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'ett helt nytt lösenord' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'body.token', code: 'invalid_token' });
  });
});

describe('invitations', () => {
  it('an organizer invites; the link shows the invitation and accepting logs in', async () => {
    const organizer = await login(t.app, org.emails.organizer);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: organizer.headers,
      payload: {
        email: 'Ny.Aktivist@links.example.org',
        firstName: 'Ny',
        lastName: 'Aktivist',
        role: 'activist',
        localGroupId: org.groupIds[1],
      },
    });
    expect(invite.statusCode).toBe(201);
    const token = await mailedToken('ny.aktivist@links.example.org', '/invitation');

    const info = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/lookup',
      payload: { token },
    });
    expect(info.json()).toMatchObject({ firstName: 'Ny', role: 'activist' });

    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'mitt eget lösenord' },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json()).toMatchObject({ user: { role: 'activist', firstName: 'Ny' } });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'mitt eget lösenord' },
    });
    expect(again.statusCode).toBe(400);

    const session = await login(t.app, 'ny.aktivist@links.example.org', 'mitt eget lösenord');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: session.cookie } });
    expect(me.json().profile.localGroup.id).toBe(org.groupIds[1]);
  });

  it('only admins invite admins, and an existing address is a conflict', async () => {
    const organizer = await login(t.app, org.emails.organizer);
    const invite = (email: string, role: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: organizer.headers,
        payload: { email, firstName: 'A', lastName: 'B', role },
      });
    expect((await invite('chef@links.example.org', 'admin')).statusCode).toBe(403);
    expect((await invite(org.emails.admin, 'activist')).statusCode).toBe(409);
  });
});

describe('an invitation to a person already in the register', () => {
  it('goes to their address only, is audited with them, and joins their record', async () => {
    const member = await t.db
      .selectFrom('people')
      .select(['id', 'email'])
      .where('id', '=', org.memberIds[1])
      .executeTakeFirstOrThrow();
    const admin = await login(t.app, org.emails.admin);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: admin.headers,
      payload: { email: member.email, firstName: 'Med', lastName: 'Lem', role: 'activist' },
    });
    expect(invite.statusCode, invite.body).toBe(201);
    expect(invite.json()).toMatchObject({ isMailConfigured: true, link: null });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['person_id', 'details'])
      .where('action', '=', 'account.invited')
      .where('person_id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ isLinkShown: false, role: 'activist' });

    const token = await mailedToken(member.email!, '/invitation');
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'medlemmens eget lösenord' },
    });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json().user.personId).toBe(member.id);
  });
});
