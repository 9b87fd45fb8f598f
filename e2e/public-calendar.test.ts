import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// A visitor without an account, on a phone: the association's kalendarium, a public activity,
// a guest sign-up with consent, and the e-mailed confirmation link (read from the mail server
// the app delivers to; the admin's outbox shows only a placeholder for it).

const journey = useJourney({ smtp: true });
const GUEST_EMAIL = 'siv.gastberg@example.org';

interface PublicActivity {
  id: string;
  title: string;
  startsAt: string;
  cancelledAt: string | null;
  isGuestSignupOpen: boolean;
  shifts: { id: string; isFull: boolean }[];
}

/** An upcoming public activity of the demo that a guest may sign up for, with room left. */
async function findOpenActivity(page: Page): Promise<PublicActivity> {
  const base = '/api/public/organizations/huddinge/activities';
  const list = (await page.evaluate(
    (path) => fetch(path).then((response) => response.json()),
    base,
  )) as { items: PublicActivity[] };
  const inTwoDays = Date.now() + 2 * 86_400_000;
  for (const item of list.items) {
    if (item.cancelledAt || Date.parse(item.startsAt) < inTwoDays) continue;
    const activity = (await page.evaluate(
      (path) => fetch(path).then((response) => response.json()),
      `${base}/${item.id}`,
    )) as PublicActivity;
    if (activity.isGuestSignupOpen && activity.shifts.some((shift) => !shift.isFull)) {
      return activity;
    }
  }
  throw new Error('no public activity open to guests in the demo');
}

async function confirmationLink(): Promise<string> {
  const context = await journey.browser.newContext({ viewport: laptop });
  const page = await context.newPage();
  const { url, admin } = journey.server;
  await logIn(page, url, admin.email, admin.password);
  await page.waitForURL('**/me');
  await page.goto(`${url}/admin/outbox`);
  const message = page.getByRole('article').filter({ hasText: GUEST_EMAIL }).first();
  await message.waitFor();
  await expectAccessible(page);
  await screenshot(page, 'laptop-outbox-guest');
  // The outbox never holds the link: only the mail that reached the guest does.
  const text = (await message.textContent()) ?? '';
  expect(text).toContain('[personlig länk – skickas bara till mottagaren]');
  expect(text).not.toContain('#token=');
  await context.close();
  const pattern = /https?:\/\/\S+\/o\/huddinge\/guest-signup#token=[\w-]+/;
  const mailed = () =>
    journey.smtp!.received.find((mail) => mail.to.includes(GUEST_EMAIL) && pattern.test(mail.text));
  await expect.poll(() => Boolean(mailed())).toBe(true);
  return pattern.exec(mailed()!.text)![0];
}

it('a visitor signs up as a guest and confirms from the e-mailed link', async () => {
  const context = await journey.browser.newContext({ viewport: phone });
  const page = await context.newPage();
  // The address alone leads to the login page, which links the association's calendar.
  await page.goto(journey.server.url);
  await page.getByRole('link', { name: 'Vänsterpartiet Huddinge – kalendarium' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Vänsterpartiet Huddinge');
  const kalendarium = page.getByRole('region', { name: 'Kalendarium' });
  await kalendarium.getByRole('listitem').first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-public-kalendarium');

  // Filters are a plain GET form: a search narrows the list, and the address can be shared.
  await kalendarium.getByLabel('Sök').fill('Flemingsberg');
  await kalendarium.getByRole('button', { name: 'Visa' }).click();
  await page.waitForURL(/\?q=Flemingsberg/);
  const titles = await kalendarium.getByRole('listitem').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.some((title) => /Flemingsberg/i.test(title))).toBe(true);
  await expectAccessible(page);
  await page.goto(`${journey.server.url}/o/huddinge`);

  const activity = await findOpenActivity(page);
  await kalendarium
    .getByRole('listitem')
    .locator(`a[href="/o/huddinge/activities/${activity.id}"]`)
    .first()
    .click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe(activity.title);
  const form = page.getByRole('region', { name: 'Anmäl dig' });
  await form.getByRole('button', { name: 'Anmäl mig' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-public-activity');

  // With a choice of shifts, the guest picks one that has room.
  if (activity.shifts.length > 1) {
    const index = activity.shifts.findIndex((shift) => !shift.isFull);
    await form.getByRole('radio').nth(index).check();
  }
  await form.getByLabel('Förnamn').fill('Siv');
  await form.getByLabel('Efternamn').fill('Gästberg');
  await form.getByLabel('E-post').fill(GUEST_EMAIL);
  await form.getByRole('button', { name: 'Anmäl mig' }).click();
  await form.getByText('Du behöver godkänna det här för att kunna anmäla dig.').waitFor();
  await expectAccessible(page);
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Anmäl mig' }).click();
  const sent = form.getByRole('status').filter({ hasText: 'Kolla din e-post för att bekräfta' });
  await sent.waitFor();
  expect(await sent.textContent()).toContain(GUEST_EMAIL);
  await expectAccessible(page);
  await screenshot(page, 'phone-public-guest-sent');

  const link = await confirmationLink();
  await page.goto(link);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Bekräfta din anmälan');
  await page.getByText(activity.title, { exact: true }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-guest-confirm');
  await page.getByRole('button', { name: 'Bekräfta anmälan' }).click();
  await page.getByRole('status').filter({ hasText: 'Tack! Nu är du anmäld. Välkommen!' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-guest-confirmed');

  // Followed again (the page took the token out of the address), the link says so once more.
  await page.goto('about:blank');
  await page.goto(link);
  await page
    .getByRole('status')
    .filter({ hasText: 'Din anmälan är redan bekräftad. Välkommen!' })
    .waitFor();
  expect(await page.getByRole('button', { name: 'Bekräfta anmälan' }).count()).toBe(0);
  await page.getByRole('link', { name: 'Till aktiviteten' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe(activity.title);
  await context.close();
});

it('runs under the real Content-Security-Policy: an inline script is refused and reported', async () => {
  const page = await journey.browser.newPage({ viewport: phone });
  await page.goto(`${journey.server.url}/o/huddinge`);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => journey.violations.length).toBeGreaterThan(0);
  expect(journey.violations.splice(0).join('\n')).toMatch(/inline script/i);
  await page.close();
});
