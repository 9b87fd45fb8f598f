import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFreePort } from '../../../cli/cli-testing.ts';
import { startSmtp, type FakeSmtp } from '../../../platform/server/mail/mail-testing.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';

// A message given up after two days is shown to admins with the reason in plain words, and
// "Skicka igen" queues it again: it is tried at once, and for two more days after that.

const clock = { at: Date.now() };
let port: number;
let smtp: FakeSmtp | undefined;
let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;

beforeAll(async () => {
  port = await findFreePort();
  t = await createTestApp(
    { smtpUrl: `smtp://127.0.0.1:${port}` },
    { now: () => new Date(clock.at) },
  );
  org = await seedAssociation(t.db, 'omsandning2');
  other = await seedAssociation(t.db, 'annan');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

type Item = { id: string; status: string; errorKind: string | null; canResend: boolean };

async function outbox(email: string) {
  const admin = await login(t.app, email);
  const response = await t.app.inject({ url: '/api/outbox', headers: admin.headers });
  return { admin, items: (response.json() as { items: Item[] }).items };
}

it('lets an admin send a failed message again, and it is delivered once', async () => {
  await t.app.mailer.send(org.id, { to: 'x@omsandning.example.org', subject: 'Hej', text: 'Hej!' });
  await t.app.mailer.flush();
  clock.at += 2 * 24 * 60 * 60_000;
  await t.app.mailer.deliverPending();
  await t.app.mailer.flush();

  const { admin, items } = await outbox(org.emails.admin);
  const failed = items.find((item) => item.status === 'failed')!;
  expect(failed).toMatchObject({ errorKind: 'unreachable', canResend: true });

  // Not for a coordinator, nor for another association's admin.
  const coordinator = await login(t.app, org.emails.coordinator);
  const url = `/api/outbox/${failed.id}/resend`;
  const asCoordinator = await t.app.inject({ method: 'POST', url, headers: coordinator.headers });
  expect(asCoordinator.statusCode).toBe(403);
  const otherAdmin = await login(t.app, other.emails.admin);
  const asOther = await t.app.inject({ method: 'POST', url, headers: otherAdmin.headers });
  expect(asOther.statusCode).toBe(404);

  // Still down: it waits again, for two more days, rather than failing at once.
  const again = await t.app.inject({ method: 'POST', url, headers: admin.headers });
  expect(again.json()).toEqual({ status: 'pending' });

  smtp = await startSmtp(port);
  const sent = await t.app.inject({ method: 'POST', url, headers: admin.headers });
  expect(sent.json()).toEqual({ status: 'sent' });
  expect(smtp.received.map((message) => message.to)).toEqual([['x@omsandning.example.org']]);

  // A sent message is not sent again.
  const twice = await t.app.inject({ method: 'POST', url, headers: admin.headers });
  expect(twice.statusCode).toBe(409);
  clock.at += 24 * 60 * 60_000;
  await t.app.mailer.deliverPending();
  await t.app.mailer.flush();
  expect(smtp.received).toHaveLength(1);
});
