import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

// "Skapa länk för nytt lösenord": an admin helps someone locked out. The link is shown once to
// the admin; the audit log says who made it for whom, and the person is told by e-mail and on
// their next visit to "Min sida". Only admins, only for others, only in their own association.

const NEW_PASSWORD = 'lösenordet admin hjälpte mig med';
let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;
let admin: TestSession;
const accountIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'hjalp');
  other = await seedAssociation(t.db, 'annanforening');
  for (const row of await t.db.selectFrom('accounts').select(['id', 'email']).execute()) {
    accountIds[row.email] = row.id;
  }
  admin = await login(t.app, org.emails.admin);
});
afterAll(() => t.close());

const createLink = (session: TestSession, email: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/accounts/${accountIds[email]}/reset-link`,
    headers: session.headers,
  });

const auditCount = async () => (await t.db.selectFrom('audit_log').select('id').execute()).length;
const outboxCount = async () => (await t.db.selectFrom('outbox').select('id').execute()).length;

describe('an admin makes a link for a new password', () => {
  let link: string;

  it('is shown the link once; it sets the password, for a day', async () => {
    const before = Date.now();
    const response = await createLink(admin, org.emails.activist);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { link: string; expiresAt: string };
    link = body.link;
    expect(link).toMatch(
      new RegExp(`^${t.app.config.publicUrl}/reset-password#token=[\\w-]{40,}$`),
    );
    const lifetime = Date.parse(body.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(23.9 * 3_600_000);
    expect(lifetime).toBeLessThan(24.1 * 3_600_000);
    const token = new URL(link).hash.replace('#token=', '');
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(confirm.statusCode).toBe(200);
    await login(t.app, org.emails.activist, NEW_PASSWORD);
  });

  it('is in the audit log: who made it, for whom; no secret', async () => {
    const entry = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account.reset_link_created')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      organization_id: org.id,
      account_id: accountIds[org.emails.admin],
      person_id: org.personIds.activist,
      details: { accountId: accountIds[org.emails.activist], tokenId: expect.any(String) },
    });
    expect(JSON.stringify(entry)).not.toContain(new URL(link).hash.slice('#token='.length));
    const shown = await t.app.inject({
      url: `/api/audit-log?personId=${org.personIds.activist}`,
      headers: admin.headers,
    });
    expect(shown.json().items.map((item: { action: string }) => item.action)).toContain(
      'account.reset_link_created',
    );
  });

  it('tells the person by e-mail, naming the admin, without the link', async () => {
    const mail = await t.db
      .selectFrom('outbox')
      .select(['subject', 'body_text', 'secret_links'])
      .where('to_address', '=', org.emails.activist)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/administratör har skapat en länk för nytt lösenord/);
    expect(mail.body_text).toContain(
      `En administratör, admin hjalp, skapade en länk för att byta ditt lösenord`,
    );
    expect(mail.body_text).toMatch(/den \d{1,2} \S+ \d{4} kl\. \d\d:\d\d/);
    expect(mail.body_text).toMatch(/Var det inte du som bad om det, kontakta/);
    expect(mail.body_text).not.toMatch(/token|https?:/);
    expect(mail.secret_links).toEqual([]);
  });

  it('tells the person at their next login, and nobody else', async () => {
    const person = await login(t.app, org.emails.activist, NEW_PASSWORD);
    const notices = await t.app.inject({ url: '/api/auth/notices', headers: person.headers });
    expect(notices.json().items).toEqual([
      {
        id: expect.any(String),
        kind: 'reset_link_created',
        createdAt: expect.any(String),
        adminName: 'admin hjalp',
      },
    ]);
    const someoneElse = await login(t.app, org.emails.organizer);
    const none = await t.app.inject({ url: '/api/auth/notices', headers: someoneElse.headers });
    expect(none.json().items).toEqual([]);
  });
});

describe('who may make one', () => {
  it('not an organizer, a coordinator or an activist', async () => {
    const [audits, mails] = [await auditCount(), await outboxCount()];
    for (const role of ['organizer', 'coordinator', 'activist'] as const) {
      const password = role === 'activist' ? NEW_PASSWORD : undefined;
      const session = await login(t.app, org.emails[role], password);
      const target = role === 'activist' ? org.emails.coordinator : org.emails.activist;
      expect((await createLink(session, target)).statusCode).toBe(403);
    }
    expect([await auditCount(), await outboxCount()]).toEqual([audits, mails]);
  });

  it('never for another association’s account', async () => {
    const [audits, mails] = [await auditCount(), await outboxCount()];
    for (const email of [other.emails.activist, other.emails.admin]) {
      const response = await createLink(admin, email);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('#token=');
    }
    expect([await auditCount(), await outboxCount()]).toEqual([audits, mails]);
  });

  it('not for the admin’s own account: that goes through "Glömt lösenordet?"', async () => {
    const response = await createLink(admin, org.emails.admin);
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('#token=');
  });

  it('an admin may for another admin, who is told like anyone', async () => {
    const second = await t.db
      .updateTable('accounts')
      .set({ role: 'admin' })
      .where('email', '=', org.emails.organizer)
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(second.id).toBe(accountIds[org.emails.organizer]);
    expect((await createLink(admin, org.emails.organizer)).statusCode).toBe(201);
    const told = await t.db
      .selectFrom('outbox')
      .select('id')
      .where('to_address', '=', org.emails.organizer)
      .execute();
    expect(told).toHaveLength(1);
  });
});
