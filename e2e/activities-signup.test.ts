import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityTypeId, hoursFromNow, logInApi, type ApiActivity, type ApiClient } from './api.ts';
import { expectAccessible, logIn, phone, screenshot, useJourney } from './support.ts';

// An activist on a phone: finds an activity in "Aktiviteter", signs up with one tap, sees it on
// "Min sida", cancels it there; then meets a full shift and joins its waiting list.

const journey = useJourney();
const FULL_TITLE = 'Affischering vid Huddinge station';
let organizer: ApiClient;
let otherActivist: ApiClient;

beforeAll(async () => {
  const { url, admin, logins } = journey.server;
  const email = (role: string, index = 0) => logins.filter((login) => login.role === role)[index]!;
  organizer = await logInApi(url, email('organizer').email, admin.password);
  otherActivist = await logInApi(url, email('activist', 1).email, admin.password);
  // A shift with one place, taken by the other activist: full before our activist comes.
  const activity = await organizer.post<ApiActivity>('/api/activities', {
    title: FULL_TITLE,
    typeId: await activityTypeId(organizer, 'leafleting'),
    place: 'Huddinge station',
    startsAt: hoursFromNow(6, 15),
    endsAt: hoursFromNow(6, 17),
    visibility: 'members',
    shifts: [{ startsAt: hoursFromNow(6, 15), endsAt: hoursFromNow(6, 17), capacity: 1 }],
  });
  await otherActivist.post(`/api/shifts/${activity.shifts[0]!.id}/signup`, {});
});

afterAll(async () => {
  await organizer?.dispose();
  await otherActivist?.dispose();
});

async function openFromNav(page: Page, label: string, heading: RegExp) {
  const bottomNav = page.getByRole('navigation').filter({ hasText: 'Min sida' }).last();
  await bottomNav.getByRole('link', { name: label }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
}

/** An upcoming activity of the demo with room on its first shift, well before any cutoff. */
async function findActivityWithRoom(page: Page): Promise<ApiActivity> {
  const feed = (await page.evaluate(() =>
    fetch('/api/activities').then((response) => response.json()),
  )) as { items: ApiActivity[] };
  const inTwoDays = Date.now() + 2 * 86_400_000;
  const found = feed.items.find((activity) => {
    const [shift] = activity.shifts;
    return (
      activity.isPublished &&
      activity.cancelledAt === null &&
      activity.title !== FULL_TITLE &&
      shift !== undefined &&
      Date.parse(shift.startsAt) > inTwoDays &&
      shift.mySignup === null &&
      (shift.capacity === null || shift.confirmed < shift.capacity)
    );
  });
  expect(found, 'an upcoming demo activity with room').toBeTruthy();
  return found!;
}

it('signs up with one tap, finds it on Min sida, cancels, and joins a waiting list', async () => {
  const context = await journey.browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const activist = journey.server.logins.find((login) => login.role === 'activist')!;
  await logIn(page, journey.server.url, activist.email, journey.server.admin.password);
  await page.waitForURL('**/me');

  await openFromNav(page, 'Aktiviteter', /^Aktiviteter$/);
  await page.locator('main article').first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-feed');

  const activity = await findActivityWithRoom(page);
  await page.locator(`main a[href="/activities/${activity.id}"]`).first().click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe(activity.title);
  await expectAccessible(page);
  await screenshot(page, 'phone-activity');

  await page.getByRole('button', { name: 'Anmäl mig' }).first().click();
  await page.getByRole('status').filter({ hasText: 'Du är anmäld' }).waitFor();
  await expect.poll(() => page.getByRole('button', { name: 'Avanmäl' }).count()).toBe(1);
  await expectAccessible(page);
  await screenshot(page, 'phone-activity-signed-up');

  // On "Min sida", under "Mina kommande pass", with its own "Avanmäl".
  await openFromNav(page, 'Min sida', /Hej/);
  const mine = page.getByRole('region', { name: 'Mina kommande pass' });
  const row = mine.getByRole('listitem').filter({ hasText: activity.title });
  await row.waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-me-signed-up');
  await row.getByRole('button', { name: 'Avanmäl' }).click();
  // Asked first: the place goes to the waiting list.
  await page.getByRole('button', { name: 'Ja, avanmäl mig' }).click();
  await row.waitFor({ state: 'detached' });
  await page.reload();
  await mine.waitFor();
  expect(await mine.getByText(activity.title).count()).toBe(0);
  await expectAccessible(page);
  await screenshot(page, 'phone-me-cancelled');

  // The shift with one place is taken: the button offers the waiting list instead.
  await openFromNav(page, 'Aktiviteter', /^Aktiviteter$/);
  await page.getByRole('link', { name: FULL_TITLE }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(FULL_TITLE);
  await page.getByText('Passet är fullt.').waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ställ mig på väntelistan' }).click();
  await page.getByRole('status').filter({ hasText: 'Du står på väntelistan (plats 1)' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-activity-waiting');

  await openFromNav(page, 'Min sida', /Hej/);
  const waiting = mine.getByRole('listitem').filter({ hasText: FULL_TITLE });
  await waiting.getByText('Väntelista', { exact: true }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-me-waiting');
  await context.close();
});

it('finds what is near with the phone’s position, which stays in the phone', async () => {
  // Standing in Huddinge centrum; the organizer's activity here has its point on the map.
  const here = { latitude: 59.2367, longitude: 17.9813 };
  const nearby = await organizer.post<ApiActivity>('/api/activities', {
    title: 'Flygblad vid Huddinge centrum',
    typeId: await activityTypeId(organizer, 'leafleting'),
    place: 'Huddinge centrum',
    latitude: 59.2372,
    longitude: 17.9821,
    startsAt: hoursFromNow(30, 10),
    endsAt: hoursFromNow(30, 12),
    visibility: 'members',
  });
  const context = await journey.browser.newContext({
    viewport: phone,
    geolocation: here,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const activist = journey.server.logins.find((login) => login.role === 'activist')!;
  await logIn(page, journey.server.url, activist.email, journey.server.admin.password);
  await page.waitForURL('**/me');
  await openFromNav(page, 'Aktiviteter', /^Aktiviteter$/);
  await page.locator('main article').first().waitFor();
  const everything = await page.locator('main article').count();

  await page.getByRole('switch', { name: 'Nära mig' }).click();
  const card = page.getByRole('article', { name: nearby.title });
  await card.getByText(/\d+ m bort|km bort/).waitFor();
  expect(await page.locator('main article').count()).toBeLessThanOrEqual(everything);
  await expectAccessible(page);
  await screenshot(page, 'phone-feed-near');
  // The position was never sent anywhere.
  expect(requests.filter((url) => url.includes('59.23') || url.includes('17.98'))).toEqual([]);
  await context.close();
});
