import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShift } from '../../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../../schedule/server/activities-testing.ts';
import { GUEST_REQUESTS_PER_CLIENT } from '../../../public/server/guest-request.ts';

// The public activity page and its guest sign-up as a plain form: what a guest sees and sends
// without any script, and what the server answers.

let world: ActivitiesWorld;
const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inDays = (days: number) => new Date(base + days * 86_400_000).toISOString();
let activityId: string;
let twoShifts: { id: string; shifts: { id: string }[] };

beforeAll(async () => {
  world = await setUpActivities('aktivitet');
  activityId = (
    await world.createActivity({
      title: 'Dörrknackning <b>"Hyror"</b>',
      description: 'Vi ses **vid** torget <script>alert(1)</script>',
      visibility: 'public',
      place: 'Torget & parken',
      latitude: 59.2,
      longitude: 17.9,
      imageUrl: 'https://bilder.example.org/a.jpg',
      startsAt: inDays(7),
      endsAt: inDays(7.1),
      shifts: [buildShift({ startsAt: inDays(7), capacity: 40 })],
    })
  ).id;
  twoShifts = await world.createActivity({
    title: 'Två pass',
    visibility: 'public',
    startsAt: inDays(5),
    endsAt: inDays(5.3),
    shifts: [buildShift({ startsAt: inDays(5) }), buildShift({ startsAt: inDays(5.15) })],
  });
});
afterAll(() => world.test.close());

const post = (id: string, form: Record<string, string>, ip = '198.51.100.9') =>
  world.app.inject({
    method: 'POST',
    url: `/o/aktivitet/activities/${id}`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });

const guest = { firstName: 'Siv', lastName: 'Gäst', email: 'siv@example.org', consent: 'yes' };

describe('the public activity page', () => {
  it('shows the activity in HTML, escaped, with its link preview and the sign-up form', async () => {
    const response = await world.app.inject({ url: `/o/aktivitet/activities/${activityId}` });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1>Dörrknackning &lt;b&gt;&quot;Hyror&quot;&lt;/b&gt;</h1>');
    expect(html).toContain('<strong>vid</strong>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Torget &amp; parken');
    expect(html).toContain(
      '<meta property="og:title" content="Dörrknackning &lt;b&gt;&quot;Hyror&quot;&lt;/b&gt; – Vänsterpartiet aktivitet" />',
    );
    expect(html).toContain(
      '<meta property="og:image" content="https://bilder.example.org/a.jpg" />',
    );
    expect(html).toContain(`href="/o/aktivitet/activities/${activityId}.ics"`);
    expect(html).toContain('method="post"');
    expect(html).toContain('40 platser kvar av 40');
  });

  it('404s for a draft, a members-only activity and a malformed id', async () => {
    const draft = await world.createActivity({ title: 'Hemligt', visibility: 'draft' });
    for (const id of [draft.id, 'inte-ett-id']) {
      const response = await world.app.inject({ url: `/o/aktivitet/activities/${id}` });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Hemligt');
    }
  });

  it('shows a cancelled activity as cancelled, without the form', async () => {
    const activity = await world.createActivity({ title: 'Inställt möte', visibility: 'public' });
    await as(world, 'organizer')('POST', `/api/activities/${activity.id}/cancel`, {
      reason: 'Ovädret',
    });
    const html = (await world.app.inject({ url: `/o/aktivitet/activities/${activity.id}` })).body;
    expect(html).toContain('Aktiviteten är inställd.');
    expect(html).toContain('Ovädret');
    expect(html).not.toContain('method="post"');
    expect((await post(activity.id, guest)).statusCode).toBe(409);
  });
});

describe('the guest sign-up form', () => {
  it('mails the link and says so', async () => {
    const response = await post(activityId, guest);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Kolla din e-post för att bekräfta');
    expect(response.body).toContain('siv@example.org');
    const request = await world.test.db
      .selectFrom('guest_signups')
      .select(['first_name', 'consent_wording'])
      .where('email', '=', 'siv@example.org')
      .executeTakeFirstOrThrow();
    expect(request.first_name).toBe('Siv');
    expect(request.consent_wording).toContain('Vänsterpartiet aktivitet sparar mitt namn');
  });

  it('shows errors beside their fields and keeps what was typed, escaped', async () => {
    const response = await post(activityId, {
      firstName: '"><img src=x>',
      lastName: '',
      email: 'inte-en-adress',
    });
    expect(response.statusCode).toBe(400);
    const html = response.body;
    expect(html).toContain('value="&quot;&gt;&lt;img src=x&gt;"');
    expect(html).toContain('id="lastName-error">Skriv ditt efternamn.');
    expect(html).toContain('id="email-error">Skriv en e-postadress');
    expect(html).toContain('id="consent-error">Du behöver godkänna det här');
    expect(html).toContain('value="inte-en-adress"');
    expect(html).not.toContain('<img src=x>');
  });

  it('asks for a shift when there is a choice, and takes the chosen one', async () => {
    const missing = await post(twoShifts.id, guest);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="shiftId-error">Välj vilket pass');
    const chosen = await post(twoShifts.id, {
      ...guest,
      email: 'val@example.org',
      shiftId: twoShifts.shifts[1]!.id,
    });
    expect(chosen.statusCode).toBe(200);
  });

  it('keeps the limits: three pending links per address, ten requests per client', async () => {
    const email = 'flera@example.org';
    for (let i = 0; i < 3; i++) {
      expect((await post(activityId, { ...guest, email }, '203.0.113.1')).statusCode).toBe(200);
    }
    const perAddress = await post(activityId, { ...guest, email }, '203.0.113.1');
    expect(perAddress.statusCode).toBe(429);
    expect(perAddress.body).toContain('för många anmälningar');
    const client = '203.0.113.50';
    for (let i = 0; i < GUEST_REQUESTS_PER_CLIENT; i++) {
      await post(activityId, { ...guest, email: `k${i}@example.org` }, client);
    }
    expect(
      (await post(activityId, { ...guest, email: 'sist@example.org' }, client)).statusCode,
    ).toBe(429);
  });
});
