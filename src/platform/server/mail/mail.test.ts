import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../cli/cli-testing.ts';
import { startSmtp, type FakeSmtp } from './mail-testing.ts';
import { buildApp } from '../../../server/app.ts';
import { testConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import {
  createTestApp,
  createTestDatabase,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';

// Mail goes through the outbox: delivered to a real SMTP server when one is configured,
// retried when it is down (and delivered once when it is back), kept for admins otherwise.

async function requestReset(t: { app: TestApp['app'] }, email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email },
  });
  expect(response.statusCode).toBeLessThan(300);
}

function outboxRows(t: TestApp, email: string) {
  return t.db
    .selectFrom('outbox')
    .select(['status', 'attempts', 'last_error', 'sent_at', 'body_text'])
    .where('to_address', '=', email)
    .execute();
}

describe('with an SMTP server', () => {
  let smtp: FakeSmtp;
  let t: TestApp;
  let org: TestAssociation;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      publicUrl: 'https://grasrot.example.se',
    });
    org = await seedAssociation(t.db, 'smtp');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('delivers a password reset with a working link, and marks it sent', async () => {
    await requestReset(t, org.emails.activist);
    await t.app.mailer.flush();

    expect(smtp.received).toHaveLength(1);
    const message = smtp.received[0]!;
    expect(message.to).toEqual([org.emails.activist]);
    expect(message.text).toContain('Subject: =?UTF-8?');
    const token = /\/reset-password#token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
    expect(token, message.text).toBeTruthy();
    expect(message.text).toContain(`${t.app.config.publicUrl}/reset-password#token=${token}`);
    // A text part and an HTML part with the link clickable; named after the public host.
    expect(message.text).toMatch(/Content-Type: multipart\/alternative/);
    expect(message.text).toContain('Content-Type: text/plain');
    expect(message.text).toContain('Content-Type: text/html');
    expect(message.text).toContain(
      `<a href="${t.app.config.publicUrl}/reset-password#token=${token}">`,
    );
    expect(message.text).toMatch(/Message-ID: <[0-9a-f-]{36}@grasrot\.example\.se>/);
    expect(message.text).not.toMatch(/Message-ID: <[^>]*@localhost>/);

    const [row] = await outboxRows(t, org.emails.activist);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row!.sent_at).toBeInstanceOf(Date);
    const stored = await t.db
      .selectFrom('outbox')
      .select('body_text')
      .where('status', '=', 'sent')
      .execute();
    expect(stored.map((r) => r.body_text).join('\n')).not.toContain(token!);

    // The link in the delivered mail is the one that works.
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'ett nytt lösenord från mejlet' },
    });
    expect(confirm.statusCode).toBe(200);
    await login(t.app, org.emails.activist, 'ett nytt lösenord från mejlet');
  });

  it('sends mail to many with List-Unsubscribe and one-click, and other mail without', async () => {
    const url = 'https://grasrot.example.se/unsubscribe?token=abcdefghijklmnopqrstuvwxyz';
    const base = { subject: 'Påminnelse', text: 'Snart är det dags.' };
    await t.app.mailer.send(org.id, { ...base, to: 'many@smtp.example.org', listUnsubscribe: url });
    await t.app.mailer.send(org.id, { ...base, to: 'one@smtp.example.org' });
    await t.app.mailer.flush();
    // Headers as a reader sees them: a long one is folded onto the next line.
    const raw = (to: string) =>
      smtp.received.find((message) => message.to[0] === to)!.text.replace(/\r\n[ \t]+/g, ' ');
    expect(raw('many@smtp.example.org')).toContain(`List-Unsubscribe: <${url}>`);
    expect(raw('many@smtp.example.org')).toContain(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(raw('one@smtp.example.org')).not.toContain('List-Unsubscribe');
  });

  it('delivers mail written in a transaction once it commits, and never if it rolls back', async () => {
    const message = (to: string) => ({ to, subject: 'Kallelse', text: 'Välkommen på möte.' });
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    // The transactions stay open a while after send(), as a longer piece of work would.
    await t.db.transaction().execute(async (trx) => {
      await t.app.mailer.send(org.id, message('commit@smtp.example.org'), trx);
      await pause();
    });
    await expect(
      t.db.transaction().execute(async (trx) => {
        await t.app.mailer.send(org.id, message('rollback@smtp.example.org'), trx);
        await pause();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await t.app.mailer.flush();

    const recipients = smtp.received.map((received) => received.to[0]);
    expect(recipients).toContain('commit@smtp.example.org');
    expect(recipients).not.toContain('rollback@smtp.example.org');
    const rows = await t.db.selectFrom('outbox').select(['to_address', 'status']).execute();
    expect(rows.filter((row) => row.to_address.startsWith('commit@'))).toEqual([
      { to_address: 'commit@smtp.example.org', status: 'sent' },
    ]);
    expect(rows.filter((row) => row.to_address.startsWith('rollback@'))).toEqual([]);
  });
});

describe('when the SMTP server is down', () => {
  let port: number;
  let smtp: FakeSmtp | undefined;
  let t: TestApp;
  let org: TestAssociation;
  const clock = { at: Date.now() };

  beforeAll(async () => {
    port = await findFreePort();
    t = await createTestApp(
      { smtpUrl: `smtp://127.0.0.1:${port}` },
      { now: () => new Date(clock.at) },
    );
    org = await seedAssociation(t.db, 'smtpdown');
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('keeps the message pending after a failed attempt, and delivers it once when back', async () => {
    await requestReset(t, org.emails.organizer);
    await t.app.mailer.flush();
    const [failed] = await outboxRows(t, org.emails.organizer);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
    expect(failed!.last_error).toMatch(/ECONNREFUSED/);

    smtp = await startSmtp(port);
    // Not due yet: the first retry waits a minute.
    await t.app.mailer.deliverPending();
    await t.app.mailer.flush();
    expect(smtp.received).toEqual([]);
    clock.at += 60_000;
    await t.app.mailer.deliverPending();
    // A second round (the periodic retry) must not send it again.
    await t.app.mailer.deliverPending();
    await t.app.mailer.flush();

    expect(smtp.received.map((message) => message.to)).toEqual([[org.emails.organizer]]);
    const [sent] = await outboxRows(t, org.emails.organizer);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });
});

describe('without SMTP', () => {
  let t: TestApp;
  let org: TestAssociation;
  const logLines: string[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    // The real logger (its redaction and serializers), writing to this test instead of stdout.
    const logger = createLogger('info');
    (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = {
      write: (line: string) => logLines.push(line),
    };
    const app = await buildApp({ config: testConfig(), database, logger });
    await app.ready();
    t = {
      app,
      db: database.db,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
    org = await seedAssociation(t.db, 'nosmtp');
  });
  afterAll(() => t?.close());

  it('stores the message for an admin to read at /api/outbox, without its link', async () => {
    await requestReset(t, org.emails.coordinator);
    await t.app.mailer.flush();
    const [row] = await outboxRows(t, org.emails.coordinator);
    expect(row).toMatchObject({ status: 'stored', attempts: 0, sent_at: null });

    const admin = await login(t.app, org.emails.admin);
    const response = await t.app.inject({ url: '/api/outbox', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      items: { to: string; status: string; text: string }[];
      isDelivering: boolean;
    };
    expect(body.isDelivering).toBe(false);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ to: org.emails.coordinator, status: 'stored' });
    // The link is made only for a mail server: without one it never exists.
    expect(body.items[0]!.text).toContain('[personlig länk – skickas bara till mottagaren]');
    expect(body.items[0]!.text).not.toContain('#token=');

    const coordinator = await login(t.app, org.emails.coordinator);
    const forbidden = await t.app.inject({ url: '/api/outbox', headers: coordinator.headers });
    expect(forbidden.statusCode).toBe(403);
  });

  it('logs the message id but never an address or a link', () => {
    const log = logLines.join('');
    expect(log).toContain('mail stored in the outbox');
    expect(log).toContain('/api/auth/password-reset');
    for (const email of Object.values(org.emails)) expect(log).not.toContain(email);
    expect(log).not.toContain('@');
    expect(log).not.toContain('#token=');
  });
});
