import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildShift } from '../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { takeOutbox } from './messages-testing.ts';

// Reminders and notices go to many, so each carries List-Unsubscribe (one click, RFC 8058) and
// a line saying how to leave them; whoever has left them gets none, while a message about their
// own sign-up still goes.

let world: ActivitiesWorld;

beforeAll(async () => {
  world = await setUpActivities('avregistrering');
});
afterAll(() => world.test.close());

/** An activity with two places, taken by the activist and the coordinator (the organizer waits). */
async function activityWithPeople(title: string) {
  const activity = await world.createActivity({
    title,
    contactPersonId: world.org.personIds.activist,
    startsAt: '2030-06-15T08:00:00.000Z',
    endsAt: '2030-06-15T10:00:00.000Z',
    shifts: [buildShift({ startsAt: '2030-06-15T08:00:00.000Z', capacity: 2 })],
  });
  const shiftId = activity.shifts[0]!.id;
  for (const role of ['activist', 'coordinator', 'organizer'] as const) {
    expect((await as(world, role)('POST', `/api/shifts/${shiftId}/signup`)).statusCode).toBe(201);
  }
  await world.app.jobs.runDue();
  return activity.id;
}

const unsubscribeOf = (to: string) =>
  world.test.db
    .selectFrom('outbox')
    .select(['list_unsubscribe', 'body_text'])
    .where('to_address', '=', to)
    .where('subject', 'like', 'Påminnelse%')
    .executeTakeFirstOrThrow();

it('puts List-Unsubscribe on "remind all", and one click stops that person’s reminders', async () => {
  const first = await activityWithPeople('Torgmöte i Flemingsberg');
  await takeOutbox(world);
  const remind = await as(world, 'activist')('POST', `/api/activities/${first}/remind-all`);
  expect(remind.json()).toEqual({ recipients: 2 });
  await world.app.jobs.runDue();

  const { list_unsubscribe: url, body_text } = await unsubscribeOf(world.org.emails.activist);
  expect(url).toMatch(
    new RegExp(`^${world.app.config.publicUrl}/unsubscribe\\?token=[A-Za-z0-9_-]{43}$`),
  );
  expect(body_text).toContain(`Avsluta här: ${url}`);
  const other = await unsubscribeOf(world.org.emails.coordinator);
  expect(other.list_unsubscribe).not.toBe(url);
  await takeOutbox(world);

  const token = new URL(url!).searchParams.get('token')!;
  // Opening the page changes nothing; it says what the link is for.
  const page = await world.app.inject({ url: `/api/unsubscribe?token=${token}` });
  expect(page.json()).toEqual({
    organizationName: 'Vänsterpartiet avregistrering',
    topic: 'activities',
    isUnsubscribed: false,
  });
  // A POST without the one-click field does nothing.
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const path = `/unsubscribe?token=${token}`;
  const empty = await world.app.inject({ method: 'POST', url: path, headers: form, payload: '' });
  expect(empty.statusCode).toBe(400);
  // The mail program's one click (RFC 8058).
  const oneClick = await world.app.inject({
    method: 'POST',
    url: path,
    headers: form,
    payload: 'List-Unsubscribe=One-Click',
  });
  expect(oneClick.statusCode).toBe(200);
  expect(oneClick.json()).toEqual({ isUnsubscribed: true });
  const after = await world.app.inject({ url: `/api/unsubscribe?token=${token}` });
  expect(after.json()).toMatchObject({ isUnsubscribed: true });

  // A new activity: the activist's own confirmation still comes; reminders and notices do not.
  const second = await activityWithPeople('Dörrknackning i Sjödalen');
  const confirmations = await takeOutbox(world);
  expect(confirmations.map((mail) => mail.to)).toContain(world.org.emails.activist);
  const again = await as(world, 'activist')('POST', `/api/activities/${second}/remind-all`);
  expect(again.json()).toEqual({ recipients: 1 });
  await as(world, 'organizer')('POST', `/api/activities/${second}/cancel`, { reason: 'Regn.' });
  await world.app.jobs.runDue();
  const mails = await takeOutbox(world);
  expect(mails.length).toBeGreaterThan(0);
  expect(mails.map((mail) => mail.to)).not.toContain(world.org.emails.activist);
});

it('takes the page’s button and a multipart one-click too, and refuses unknown tokens', async () => {
  const url = (await world.test.db
    .selectFrom('mail_preferences')
    .select('token')
    .where('person_id', '=', world.org.personIds.coordinator)
    .executeTakeFirstOrThrow())!.token;
  const boundary = 'grans';
  const multipart = await world.app.inject({
    method: 'POST',
    url: `/unsubscribe?token=${url}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
  });
  expect(multipart.statusCode).toBe(200);
  const button = await world.app.inject({
    method: 'POST',
    url: '/api/unsubscribe',
    payload: { token: url },
  });
  expect(button.json()).toMatchObject({ isUnsubscribed: true });
  const unknown = await world.app.inject({ url: `/api/unsubscribe?token=${'x'.repeat(43)}` });
  expect(unknown.statusCode).toBe(404);
  // Other routes take no form body.
  const login = await world.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'email=a%40b.se&password=x',
  });
  expect(login.statusCode).toBe(415);
});
