import { afterAll, beforeAll, expect, it } from 'vitest';
import { setUpActivities, type ActivitiesWorld } from '../../schedule/server/activities-testing.ts';
import { GUEST_REQUESTS_PER_CLIENT } from './guest-request.ts';

// The guest sign-up form sends mail to an address nobody has confirmed yet: it must not carry
// text the requester chose, and one client may not use it to mail many addresses.

let world: ActivitiesWorld;
beforeAll(async () => {
  world = await setUpActivities('gastgrans');
});
afterAll(() => world.test.close());

const consentWording = 'Jag godkänner att föreningen sparar mina uppgifter för anmälan.';

const ask = (
  activityId: string,
  email: string,
  firstName = 'Ada',
  remoteAddress = '198.51.100.4',
) =>
  world.app.inject({
    method: 'POST',
    url: `/api/public/activities/${activityId}/guest-signup`,
    remoteAddress,
    payload: { firstName, lastName: 'Gäst', email, consent: true, consentWording },
  });

it('mails no text the requester chose, such as a name that is a link', async () => {
  const activity = await world.createActivity({ visibility: 'public' });
  const response = await ask(activity.id, 'mottagare@example.org', 'https://evil.example');
  expect(response.statusCode).toBe(202);
  const mail = await world.test.db
    .selectFrom('outbox')
    .select('body_text')
    .where('to_address', '=', 'mottagare@example.org')
    .executeTakeFirstOrThrow();
  expect(mail.body_text).toMatch(/^Hej!/);
  expect(mail.body_text).not.toContain('evil');
  expect(mail.body_text).not.toContain('Gäst');
});

it('refuses a client its eleventh request in an hour, whatever the addresses, and no other', async () => {
  const activity = await world.createActivity({ visibility: 'public' });
  const client = '203.0.113.77';
  for (let i = 0; i < GUEST_REQUESTS_PER_CLIENT; i++) {
    expect((await ask(activity.id, `adress${i}@example.org`, 'Ada', client)).statusCode).toBe(202);
  }
  const refused = await ask(activity.id, 'en-till@example.org', 'Ada', client);
  expect(refused.statusCode).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect((await ask(activity.id, 'en-till@example.org', 'Ada', '203.0.113.78')).statusCode).toBe(
    202,
  );
});
