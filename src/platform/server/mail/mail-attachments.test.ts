import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { startSmtp, type FakeSmtp } from './mail-testing.ts';

// A message's attachments (an activity's .ics) are kept in the outbox with it and reach the
// mail server as real attachments.

let smtp: FakeSmtp;
let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
  org = await seedAssociation(t.db, 'bilaga');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

it('stores an attachment with the message and delivers it as a file', async () => {
  const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:Dörrknackning\r\nEND:VCALENDAR\r\n';
  await t.app.mailer.send(org.id, {
    to: 'deltagare@bilaga.example.org',
    subject: 'Du är anmäld',
    text: 'Kalenderfilen finns i bilagan.',
    attachments: [
      { filename: 'aktivitet.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
    ],
  });
  await t.app.mailer.flush();

  const [row] = await t.db.selectFrom('outbox').select(['status', 'attachments']).execute();
  expect(row).toEqual({
    status: 'sent',
    attachments: [
      { filename: 'aktivitet.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
    ],
  });
  expect(smtp.received).toHaveLength(1);
  const raw = smtp.received[0]!.text;
  expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=aktivitet\.ics/);
  expect(raw).toMatch(/Content-Disposition: attachment; filename=aktivitet\.ics/);
  // The file's part, decoded, is the calendar as given.
  const body = /filename=aktivitet\.ics\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(raw)?.[1];
  expect(body, raw).toBeTruthy();
  expect(Buffer.from(body!, 'base64').toString('utf8')).toBe(ics);
});
