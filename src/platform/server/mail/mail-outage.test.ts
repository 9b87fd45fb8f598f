import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../cli/cli-testing.ts';
import { requestReset, whatTokenOpens } from '../../../server/secret-links-testing.ts';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { startSmtp, tokenSentTo, type FakeSmtp } from './mail-testing.ts';

// A mail server that is down for longer than an hour loses nothing: each message is tried
// again with growing delays, on a fake clock (no test sleeps), and once the server is back
// every message is delivered exactly once. A message is given up only after two days.

const MINUTE = 60_000;
const clock = { at: Date.now() };
const start = clock.at;
let port: number;
let smtp: FakeSmtp | undefined;
let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  port = await findFreePort();
  t = await createTestApp(
    { smtpUrl: `smtp://127.0.0.1:${port}` },
    { now: () => new Date(clock.at) },
  );
  org = await seedAssociation(t.db, 'avbrott');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Moves the clock to `minutes` after the start and runs the retry round, as the minute's job would. */
async function retryAt(minutes: number) {
  clock.at = start + minutes * MINUTE;
  await t.app.mailer.deliverPending();
  await t.app.mailer.flush();
}

const rowsTo = (addresses: string[]) =>
  t.db
    .selectFrom('outbox')
    .select(['to_address', 'status', 'attempts', 'next_attempt_at', 'last_error'])
    .where('to_address', 'in', addresses)
    .orderBy('to_address')
    .execute();

describe('an SMTP outage of over an hour', () => {
  const plain = ['a@avbrott.example.org', 'b@avbrott.example.org'];

  it('keeps retrying with growing delays, past the old five attempts', async () => {
    for (const to of plain) {
      await t.app.mailer.send(org.id, { to, subject: 'Kallelse', text: 'Välkommen på möte.' });
    }
    await requestReset(t, org.emails.activist);
    await t.app.mailer.flush();
    const recipients = [...plain, org.emails.activist];

    const attemptsAt: number[] = [];
    for (let minute = 1; minute <= 75; minute++) {
      const before = (await rowsTo([plain[0]!]))[0]!.attempts;
      await retryAt(minute);
      if ((await rowsTo([plain[0]!]))[0]!.attempts > before) attemptsAt.push(minute);
    }
    // Tried at once, then after 1, 2, 4 … minutes: the waits double.
    expect(attemptsAt).toEqual([1, 2, 4, 8, 16, 32, 64]);
    const rows = await rowsTo(recipients);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'pending', attempts: 8 });
      expect(row.last_error).toMatch(/ECONNREFUSED/);
      // The wait is at most an hour.
      expect(row.next_attempt_at.getTime()).toBe(start + 124 * MINUTE);
    }
  });

  it('delivers every message exactly once when the server is back', async () => {
    smtp = await startSmtp(port);
    await retryAt(100);
    expect(smtp.received).toEqual([]);
    await retryAt(124);
    await retryAt(125);
    await retryAt(60 * 24);

    const recipients = [...plain, org.emails.activist];
    expect(smtp.received.map((message) => message.to[0]).sort()).toEqual([...recipients].sort());
    for (const row of await rowsTo(recipients)) {
      expect(row).toMatchObject({ status: 'sent', attempts: 9, last_error: null });
    }
    // The reset link made for the attempt that went through works.
    const token = tokenSentTo(smtp.received, org.emails.activist, '/reset-password');
    expect(await whatTokenOpens(t.app, token)).toEqual(['password reset']);
  });
});

describe('a message that cannot be delivered for two days', () => {
  const to = 'c@avbrott.example.org';

  it('stays pending until two days have passed, and then is failed', async () => {
    await smtp?.close();
    smtp = undefined;
    clock.at = start + 2 * 24 * 60 * MINUTE;
    const queuedAt = clock.at;
    await t.app.mailer.send(org.id, { to, subject: 'Kallelse', text: 'Välkommen.' });
    await t.app.mailer.flush();

    const minutesAfter = (queuedAt - start) / MINUTE;
    await retryAt(minutesAfter + 47 * 60);
    expect((await rowsTo([to]))[0]).toMatchObject({ status: 'pending', attempts: 2 });
    await retryAt(minutesAfter + 48 * 60);
    expect((await rowsTo([to]))[0]).toMatchObject({ status: 'failed', attempts: 3 });
    // Given up: no more attempts.
    await retryAt(minutesAfter + 60 * 60);
    expect((await rowsTo([to]))[0]).toMatchObject({ status: 'failed', attempts: 3 });
  });
});
