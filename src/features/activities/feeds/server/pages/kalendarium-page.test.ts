import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShift } from '../../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../../schedule/server/activities-testing.ts';

// The kalendarium as a server-rendered page: what it lists, its filters, its map, and how it
// shows places and cancellations, with every text from organizers escaped.

let world: ActivitiesWorld;
const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inDays = (days: number) => new Date(base + days * 86_400_000).toISOString();
const page = (query = '') => world.app.inject({ url: `/o/sidor${query}` });

let full: string;
let cancelled: string;
beforeAll(async () => {
  world = await setUpActivities('sidor');
  const [groupA] = world.org.groupIds;
  await world.createActivity({
    title: 'Flygblad <script>alert(1)</script> & "hyror"',
    visibility: 'public',
    startsAt: inDays(2),
    endsAt: inDays(2.1),
    place: 'Torget',
    latitude: 59.237,
    longitude: 17.982,
    shifts: [buildShift({ startsAt: inDays(2), capacity: 3 })],
  });
  full = (
    await world.createActivity({
      title: 'Bokbord fullt',
      visibility: 'public',
      typeId: world.types.stall,
      localGroupId: groupA,
      startsAt: inDays(3),
      endsAt: inDays(3.1),
      shifts: [buildShift({ startsAt: inDays(3), capacity: 1 })],
    })
  ).id;
  const shift = (
    await world.app.inject({
      url: `/api/activities/${full}`,
      headers: world.sessions.activist.headers,
    })
  ).json<{ shifts: { id: string }[] }>().shifts[0]!.id;
  expect((await as(world, 'activist')('POST', `/api/shifts/${shift}/signup`)).statusCode).toBe(201);
  cancelled = (
    await world.createActivity({
      title: 'Möte som ställs in',
      visibility: 'public',
      startsAt: inDays(4),
    })
  ).id;
  const cancel = await as(world, 'organizer')('POST', `/api/activities/${cancelled}/cancel`, {
    reason: 'Sjukdom',
  });
  expect(cancel.statusCode).toBeLessThan(300);
  await world.createActivity({ title: 'Bara för medlemmar', visibility: 'members' });
});
afterAll(() => world.test.close());

describe('the kalendarium page', () => {
  it('lists public activities in HTML, escaping organizers’ text, with no script', async () => {
    const response = await page();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const html = response.body;
    expect(html).toContain('<h1>Vänsterpartiet sidor</h1>');
    expect(html).toContain(
      'Flygblad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;hyror&quot;',
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('Bara för medlemmar');
    expect(html).toContain(
      '<meta property="og:title" content="Vänsterpartiet sidor – kalendarium" />',
    );
    expect(html).toContain('href="/o/sidor/calendar.ics"');
  });

  it('says how many places are left, or that it is full, on each card', async () => {
    const html = (await page()).body;
    expect(html).toContain('3 platser kvar');
    expect(html).toMatch(/Bokbord fullt[\s\S]*?Fullt – väntelista/);
  });

  it('marks a cancelled activity as such', async () => {
    const html = (await page()).body;
    const card = new RegExp(`<li class="card cancelled" id="a-${cancelled}">[\\s\\S]*?</li>`).exec(
      html,
    );
    expect(card?.[0]).toContain('Inställd');
    expect(card?.[0]).not.toContain('platser kvar');
  });

  it('filters by type, local group and words, from a plain GET form', async () => {
    const byType = (await page(`?type=${world.types.stall}`)).body;
    expect(byType).toContain('Bokbord fullt');
    expect(byType).not.toContain('Flygblad &lt;');
    const byGroup = (await page(`?group=${world.org.groupIds[0]}`)).body;
    expect(byGroup).toContain('Bokbord fullt');
    expect(byGroup).not.toContain('Möte som ställs in');
    const byWords = (await page('?q=hyror+torget')).body;
    expect(byWords).toContain('Flygblad &lt;');
    expect(byWords).not.toContain('Bokbord fullt');
    expect((await page('?q=finns+inte')).body).toContain('Inga aktiviteter matchar');
    // Malformed filters are not applied, and do not fail.
    expect((await page('?type=nej&group=1')).statusCode).toBe(200);
    expect((await page('?q=100%25_')).statusCode).toBe(200);
  });

  it('draws the activities with a point on a map that links to them', async () => {
    const html = (await page()).body;
    expect(html).toContain('<svg');
    expect(html).toMatch(/<a\s+class="marker"\s+href="\/o\/sidor\/activities\/[0-9a-f-]{36}"/);
    expect(html).toContain('Kartan visar en aktivitet med');
  });

  it('answers compressed when the client accepts it', async () => {
    const gzip = await world.app.inject({
      url: '/o/sidor',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toContain('<h1>Vänsterpartiet sidor</h1>');
    const br = await world.app.inject({
      url: '/o/sidor',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
  });

  it('is found with a trailing slash too', async () => {
    const response = await world.app.inject({ url: '/o/sidor/' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/o/sidor');
  });

  it('is a not-found page for an unknown association', async () => {
    const response = await world.app.inject({ url: '/o/finns-inte' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Sidan finns inte');
  });
});

describe("a local group's page", () => {
  it('lists only its activities, and 404s for another id', async () => {
    const [groupA] = world.org.groupIds;
    const response = await world.app.inject({ url: `/o/sidor/groups/${groupA}` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Bokbord fullt');
    expect(response.body).not.toContain('Flygblad');
    expect(response.body).toContain(`href="/o/sidor/groups/${groupA}/calendar.ics"`);
    const other = await world.app.inject({
      url: '/o/sidor/groups/00000000-0000-4000-8000-000000000000',
    });
    expect(other.statusCode).toBe(404);
  });
});
