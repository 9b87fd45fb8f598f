import { afterAll, beforeAll, expect, it } from 'vitest';
import { requestReset, whatTokenOpens } from '../../../server/secret-links-testing.ts';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { startSmtp, tokenSentTo, type FakeSmtp } from './mail-testing.ts';

// A message's link is made for each attempt to deliver it: after a failure the retry carries a
// fresh one, and the link of the failed attempt (which the mail server may have seen) is dead.
// A message whose link stopped working before it could go is not sent at all.

let smtp: FakeSmtp;
let t: TestApp;
let org: TestAssociation;
const clock = { at: Date.now() };

/** The next retry round, a minute on (when a first retry is due). */
async function retryLater() {
  clock.at += 60_000;
  await t.app.mailer.deliverPending();
  await t.app.mailer.flush();
}

beforeAll(async () => {
  // The mail server reads the first message in full, then refuses it with a temporary error.
  smtp = await startSmtp(0, 0, 1);
  t = await createTestApp({ smtpUrl: smtp.url }, { now: () => new Date(clock.at) });
  org = await seedAssociation(t.db, 'omsandning');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const outboxOf = (email: string) =>
  t.db
    .selectFrom('outbox')
    .select(['status', 'attempts', 'body_text', 'last_error'])
    .where('to_address', '=', email)
    .executeTakeFirstOrThrow();

it('a retry after a failure delivers a working link, and the failed attempt’s link is dead', async () => {
  await requestReset(t, org.emails.activist);
  await t.app.mailer.flush();
  expect(await outboxOf(org.emails.activist)).toMatchObject({ status: 'pending', attempts: 1 });
  const first = tokenSentTo(smtp.refused, org.emails.activist, '/reset-password');

  await retryLater();
  expect(await outboxOf(org.emails.activist)).toMatchObject({ status: 'sent', attempts: 2 });
  const second = tokenSentTo(smtp.received, org.emails.activist, '/reset-password');
  expect(second).not.toBe(first);
  expect(await whatTokenOpens(t.app, first)).toEqual([]);
  expect(await whatTokenOpens(t.app, second)).toEqual(['password reset']);
  // Neither ever stood in the outbox.
  const { body_text } = await outboxOf(org.emails.activist);
  expect(body_text).not.toContain(first);
  expect(body_text).not.toContain(second);
});

it('does not send a message whose link was used up or expired before it could go', async () => {
  await smtp.close();
  // Nothing listens on the port now: the first attempt fails.
  await requestReset(t, org.emails.organizer);
  await t.app.mailer.flush();
  expect(await outboxOf(org.emails.organizer)).toMatchObject({ status: 'pending', attempts: 1 });
  await t.db
    .updateTable('account_tokens')
    .set({ expires_at: new Date(Date.now() - 1000) })
    .where('email', '=', org.emails.organizer)
    .execute();
  smtp = await startSmtp(smtp.port);
  await retryLater();
  expect(smtp.received).toEqual([]);
  expect(await outboxOf(org.emails.organizer)).toMatchObject({
    status: 'cancelled',
    attempts: 1,
    last_error: expect.stringMatching(/link no longer works/),
  });
  // And it is not tried again.
  await retryLater();
  expect(smtp.received).toEqual([]);
});
