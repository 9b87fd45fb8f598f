import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { deleteExpiredSessions } from './sessions.queries.ts';

let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'auth');
});
afterAll(() => t.close());

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and stores only a hash of it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: org.emails.organizer.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'grasrot_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(response.json()).toMatchObject({
      user: { role: 'organizer' },
      organization: { slug: 'auth' },
    });
    const stored = await t.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie.value);
  });

  it('marks the cookie Secure behind an https proxy when trusted', async () => {
    const proxied = await createTestApp({ trustProxy: 'loopback' });
    try {
      const other = await seedAssociation(proxied.db, 'proxied');
      const response = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: other.emails.activist, password: TEST_PASSWORD },
      });
      expect(response.cookies.find((c) => c.name === 'grasrot_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password with 401 and the same answer as an unknown address', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: org.emails.admin, password: 'not the password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@auth.example.org', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('slows down the address that fails, with 429 and Retry-After, not the account holder', async () => {
    const attempt = (password: string, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: org.emails.coordinator, password },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await attempt('wrong password', '10.0.0.9')).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await attempt(TEST_PASSWORD, '10.0.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Strangers failing on purpose from many addresses do not lock the member out: the right
    // password from an address that has not failed still logs in.
    for (let i = 0; i < 60; i++) await attempt('wrong password', `10.1.0.${i}`);
    expect((await attempt('wrong password', '10.1.0.7')).statusCode).toBe(429);
    expect((await attempt(TEST_PASSWORD, '192.0.2.44')).statusCode).toBe(200);
  });

  it('throttles one address trying many accounts', async () => {
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.77',
        payload: { email: `guess${i}@auth.example.org`, password: 'guess' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('session, CSRF and logout', () => {
  it('answers the session to its cookie and 401 without one', async () => {
    const session = await login(t.app, org.emails.activist);
    const me = await t.app.inject({
      url: '/api/auth/session',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(session.csrfToken);
    expect((await t.app.inject({ url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('refuses a state-changing request by cookie without the CSRF token, and a cross-site origin', async () => {
    const session = await login(t.app, org.emails.organizer);
    const create = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/local-groups',
        headers,
        payload: { name: 'CSRF-gruppen' },
      });
    expect((await create({ cookie: session.cookie })).statusCode).toBe(403);
    expect(
      (await create({ cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) })).statusCode,
    ).toBe(403);
    expect((await create({ ...session.headers, origin: 'https://evil.example' })).statusCode).toBe(
      403,
    );
    const groups = await t.db.selectFrom('local_groups').select('name').execute();
    expect(groups.map((g) => g.name)).not.toContain('CSRF-gruppen');
    expect((await create(session.headers)).statusCode).toBe(201);
  });

  it('logs out this session only, or every session', async () => {
    const first = await login(t.app, org.emails.admin);
    const second = await login(t.app, org.emails.admin);
    const third = await login(t.app, org.emails.admin);
    const check = (cookie: string) =>
      t.app.inject({ url: '/api/auth/session', headers: { cookie } }).then((r) => r.statusCode);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: first.headers,
    });
    expect(out.statusCode).toBe(200);
    expect(await check(first.cookie)).toBe(401);
    expect(await check(second.cookie)).toBe(200);

    const everywhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: second.headers,
    });
    expect(everywhere.json()).toEqual({ ok: true, ended: 2 });
    expect(await check(second.cookie)).toBe(401);
    expect(await check(third.cookie)).toBe(401);
  });

  it('replaces an existing session on a new login (no fixation)', async () => {
    const old = await login(t.app, org.emails.activist);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: old.headers,
      payload: { email: org.emails.activist, password: TEST_PASSWORD },
    });
    expect(sessionCookie(response)).not.toBe(old.cookie);
    const check = await t.app.inject({ url: '/api/auth/session', headers: { cookie: old.cookie } });
    expect(check.statusCode).toBe(401);
  });
});

describe('expired sessions', () => {
  it('are deleted by the periodic clean-up, live ones kept', async () => {
    const live = await login(t.app, org.emails.organizer);
    const old = await login(t.app, org.emails.organizer);
    const oldId = (
      await t.db
        .selectFrom('sessions')
        .select('id')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', oldId)
      .execute();
    await deleteExpiredSessions(t.db);
    expect(
      await t.db.selectFrom('sessions').select('id').where('id', '=', oldId).execute(),
    ).toEqual([]);
    const check = (cookie: string) =>
      t.app.inject({ url: '/api/auth/session', headers: { cookie } });
    expect((await check(live.cookie)).statusCode).toBe(200);
    expect((await check(old.cookie)).statusCode).toBe(401);
  });
});
