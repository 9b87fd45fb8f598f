import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startSmtp,
  tokenSentTo,
  type FakeSmtp,
} from '../../../../../platform/server/mail/mail-testing.ts';
import {
  setUpActivities,
  type ActivitiesWorld,
} from '../../../schedule/server/activities-testing.ts';

// The e-mailed link's page without the SPA: the token moves from the fragment into a form (by
// our own script, allowed by the policy), the guest sees what it is for, and confirms with a tap.

let smtp: FakeSmtp;
let world: ActivitiesWorld;
beforeAll(async () => {
  smtp = await startSmtp();
  world = await setUpActivities('bekrafta', { config: { smtpUrl: smtp.url } });
});
afterAll(async () => {
  await world?.test.close();
  await smtp?.close();
});

const form = (body: Record<string, string>) =>
  world.app.inject({
    method: 'POST',
    url: '/o/bekrafta/guest-signup',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(body).toString(),
  });

it('reads the token by its own script, shows the request, and confirms only when asked', async () => {
  const activity = await world.createActivity({ title: 'Stormöte <i>', visibility: 'public' });
  const signup = await world.app.inject({
    method: 'POST',
    url: `/o/bekrafta/activities/${activity.id}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'firstName=Ada&lastName=G%C3%A4st&email=ada%40example.org&consent=yes',
  });
  expect(signup.statusCode).toBe(200);
  await world.app.mailer.flush();
  const token = tokenSentTo(smtp.received, 'ada@example.org', '/o/bekrafta/guest-signup');

  const start = await world.app.inject({ url: '/o/bekrafta/guest-signup' });
  expect(start.statusCode).toBe(200);
  expect(start.body).toContain('<script src="/o/bekrafta/guest-signup.js" defer></script>');
  const script = await world.app.inject({ url: '/o/bekrafta/guest-signup.js' });
  expect(script.headers['content-type']).toContain('text/javascript');
  expect(script.body).toContain('history.replaceState');

  const lookup = await form({ token, step: 'lookup' });
  expect(lookup.statusCode).toBe(200);
  expect(lookup.body).toContain('Stormöte &lt;i&gt;');
  expect(lookup.body).toContain('Bekräfta anmälan</button>');
  const person = () =>
    world.test.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'ada@example.org')
      .executeTakeFirst();
  expect(await person()).toBeUndefined();

  const confirmed = await form({ token, step: 'confirm' });
  expect(confirmed.body).toContain('Tack! Nu är du anmäld. Välkommen!');
  expect(await person()).toBeDefined();
  const again = await form({ token, step: 'lookup' });
  expect(again.body).toContain('Din anmälan är redan bekräftad.');
  expect(again.body).not.toContain('Bekräfta anmälan</button>');
});

it('says when the link is incomplete or no longer works', async () => {
  expect((await form({ token: '', step: 'lookup' })).body).toContain('Länken är ofullständig');
  const wrong = await form({ token: 'x'.repeat(43), step: 'confirm' });
  expect(wrong.statusCode).toBe(400);
  expect(wrong.body).toContain('Länken fungerar inte längre');
});
