import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, laptop, logIn, screenshot, useJourney } from './support.ts';

// An organizer on a laptop plans an activity in the editor, finds it in the calendar, books a
// member onto its shift and cancels it; the public page, its link preview and the public
// calendar feed all say it is cancelled.

const journey = useJourney();
const TITLE = 'Dörrknackning på Stuvstavägen';
const REASON = 'Vi har för få som kan. Vi tar det nästa vecka i stället.';

/** Stockholm's calendar date `days` from now, as a datetime-local field wants it. */
function stockholmDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

async function expectHeading(page: Page, heading: string | RegExp) {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toMatch(heading instanceof RegExp ? heading : new RegExp(`^${heading}$`));
}

it('creates, finds, books and cancels an activity; the public page and feed follow', async () => {
  const { url, admin, logins } = journey.server;
  const organizer = logins.find((login) => login.role === 'organizer')!;
  const context = await journey.browser.newContext({ viewport: laptop });
  const page = await context.newPage();
  await logIn(page, url, organizer.email, admin.password);
  await page.waitForURL('**/me');

  await page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: 'Aktivitetskalender' })
    .click();
  await expectHeading(page, 'Aktivitetskalender');
  await page.locator('main a[href$="/manage"]').first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'laptop-calendar-month');

  await page.getByRole('link', { name: 'Ny aktivitet' }).click();
  await expectHeading(page, 'Ny aktivitet');
  const day = stockholmDay(3);
  await page.getByLabel('Rubrik').fill(TITLE);
  await page.getByLabel('Typ av aktivitet').selectOption({ label: 'Dörrknackning' });
  const when = page.getByRole('region', { name: 'När' });
  await when.getByLabel('Börjar').fill(`${day}T17:00`);
  await when.getByLabel('Slutar').fill(`${day}T19:00`);
  await page.getByRole('textbox', { name: 'Plats' }).fill('Stuvstavägen 1, Stuvsta');
  await page.getByRole('button', { name: 'Lägg till pass' }).click();
  const shift = page.getByRole('group', { name: 'Pass 1' });
  await shift.getByLabel('Namn på passet (frivilligt)').fill('Kvällspass');
  await shift.getByLabel('Platser').fill('4');
  await page.getByRole('radio', { name: 'Alla' }).check();
  await expectAccessible(page);
  await screenshot(page, 'laptop-activity-editor');
  await page.getByRole('button', { name: 'Skapa aktiviteten' }).click();
  await page.waitForURL('**/activities/*/manage');
  const id = /\/activities\/([0-9a-f-]{36})\/manage/.exec(page.url())![1]!;

  // In the calendar's list view, where it leads back to its manage page.
  await page.getByRole('link', { name: '‹ Aktivitetskalender' }).click();
  await expectHeading(page, 'Aktivitetskalender');
  await page.getByRole('main').getByText('Lista', { exact: true }).click();
  await page.waitForURL('**view=list**');
  const item = page.locator(`main a[href="/activities/${id}/manage"]`);
  await expect.poll(() => item.textContent()).toContain(TITLE);
  expect(await item.textContent()).toContain('0 av 4 anmälda');
  await expectAccessible(page);
  await screenshot(page, 'laptop-calendar-list');
  await item.click();
  await expectHeading(page, TITLE);

  // Book someone from the register onto the shift.
  const booking = page.getByRole('combobox', { name: 'Boka någon på Kvällspass' });
  await booking.fill('an');
  const option = page.getByRole('option').first();
  await option.waitFor();
  const name = (await option.locator('p').first().textContent())!;
  await option.click();
  await page
    .getByRole('status')
    .filter({ hasText: `${name} är bokad.` })
    .waitFor();
  const shiftCard = page.getByRole('region', { name: 'Kvällspass' });
  await expect.poll(() => shiftCard.textContent()).toContain('1 av 4 anmälda');
  expect(await shiftCard.textContent()).toContain(name);
  await expectAccessible(page);
  await screenshot(page, 'laptop-activity-manage');

  await page.getByRole('button', { name: 'Ställ in', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Ställ in ${TITLE}?` });
  await dialog.getByText('Alla anmälda (1) får besked').waitFor();
  await dialog.getByRole('button', { name: 'Ställ in och meddela' }).click();
  await dialog.getByText('Skriv varför aktiviteten ställs in.').waitFor();
  await dialog.getByLabel('Skäl').fill(REASON);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ställ in och meddela' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('main').getByText('Inställd', { exact: true }).first().waitFor();
  expect(await page.getByRole('main').textContent()).toContain(REASON);
  await expectAccessible(page);
  await screenshot(page, 'laptop-activity-cancelled');
  await context.close();

  // The public page, for anyone with the link.
  const visitor = await journey.browser.newContext({ viewport: laptop });
  const publicPage = await visitor.newPage();
  const publicPath = `/o/huddinge/activities/${id}`;
  await publicPage.goto(`${url}${publicPath}`);
  await expectHeading(publicPage, TITLE);
  const notice = publicPage.getByRole('alert').filter({ hasText: 'Inställd' });
  await expect.poll(() => notice.textContent()).toContain(REASON);
  expect(await publicPage.getByRole('button', { name: 'Anmäl mig' }).count()).toBe(0);
  expect(await publicPage.content()).not.toContain(name);
  await expectAccessible(publicPage);
  await screenshot(publicPage, 'laptop-public-activity-cancelled');
  await visitor.close();

  // Link previews read the HTML as served, before any script.
  const html = await (await fetch(`${url}${publicPath}`)).text();
  const ogTitle = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
  expect(ogTitle).toBe(`INSTÄLLD: ${TITLE} – Vänsterpartiet Huddinge`);

  // The public feed keeps it, marked cancelled, for calendars that already hold it.
  const feed = await fetch(`${url}/o/huddinge/calendar.ics`);
  expect(feed.headers.get('content-type')).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const event = calendar
    .getAllSubcomponents('vevent')
    .find((component) => component.getFirstPropertyValue('uid') === `activity-${id}@grasrot`);
  expect(event, 'the activity in the public feed').toBeTruthy();
  expect(event!.getFirstPropertyValue('summary')).toContain(TITLE);
  expect(event!.getFirstPropertyValue('status')).toBe('CANCELLED');
});
