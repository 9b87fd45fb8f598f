import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// The demo organizer opens the areas map on a phone with no tile server reachable: Huddinge's
// districts still draw, the table sorts, and the ranking's top becomes a priority area. Then
// the same map and the coverage view on a laptop.

const journey = useJourney();

/** Saves the shot also where the reviewer looks (/tmp/areas-shots). */
async function shot(page: Page, name: string) {
  await screenshot(page, name);
  mkdirSync('/tmp/areas-shots', { recursive: true });
  copyFileSync(`.tmp/screenshots/${name}.png`, `/tmp/areas-shots/${name}.png`);
}

async function districtsDrawn(page: Page) {
  await expect
    .poll(() => page.locator('[data-testid="district-map"] path.leaflet-interactive').count(), {
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(60);
}

it('draws the districts without tiles, sorts the table and saves a priority area', async () => {
  const { url, admin, logins } = journey.server;
  const organizer = logins.find((login) => login.role === 'organizer')!;
  const context = await journey.browser.newContext({ viewport: phone });
  // No network: every tile request fails.
  await context.route(/^https:\/\//, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await logIn(page, url, organizer.email, admin.password);
  await page.waitForURL('**/me');
  await page.goto(`${url}/areas/map`);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Karta över valdistrikt');
  await districtsDrawn(page);

  const table = page.getByRole('table', { name: 'Valdistrikten i tabellform' });
  await expect.poll(() => table.getByRole('row').count()).toBe(65);
  const header = table.getByRole('columnheader', { name: /Valdeltagande/ });
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('ascending');
  const turnouts = await table.getByRole('row').locator('td:nth-child(3)').allTextContents();
  const numbers = turnouts.map((text) => Number(text.replace(/[^\d,]/g, '').replace(',', '.')));
  expect(numbers.filter(Number.isFinite)).toEqual([...numbers].sort((a, b) => a - b));
  await expectAccessible(page);
  await shot(page, 'areas-map-phone');

  // A district reached with the keyboard opens its details (below the map on a phone).
  await page.locator('[data-testid="district-map"] path.leaflet-interactive').nth(10).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText(/Valdeltagande \d/).count()).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/areas-shots/areas-map-phone-details.png' });

  await page.getByRole('textbox', { name: 'Antal' }).fill('5');
  await page.getByRole('button', { name: 'Välj de 5 högst rankade' }).click();
  await expect.poll(() => page.getByText('5 valdistrikt valda').count()).toBe(1);
  await page.getByRole('textbox', { name: 'Det prioriterade områdets namn' }).fill('Topp fem');
  await page.getByRole('button', { name: 'Spara som prioriterat område' }).click();
  await expect.poll(() => page.getByText('Topp fem (5 valdistrikt)').count()).toBe(1);
  await context.close();
});

it('shows the map and the coverage with its neglected priority districts on a laptop', async () => {
  const { url, admin, logins } = journey.server;
  const organizer = logins.find((login) => login.role === 'organizer')!;
  const context = await journey.browser.newContext({ viewport: laptop });
  await context.route(/^https:\/\//, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await logIn(page, url, organizer.email, admin.password);
  await page.waitForURL('**/me');
  await page.goto(`${url}/areas/map`);
  await districtsDrawn(page);
  await page.locator('[data-testid="district-map"] path.leaflet-interactive').first().click();
  await expect.poll(() => page.getByText(/Valdeltagande \d/).count()).toBeGreaterThan(0);
  await shot(page, 'areas-map-laptop');

  await page.getByRole('link', { name: 'Täckning' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Täckning');
  await districtsDrawn(page);
  await expect
    .poll(() => page.getByRole('table', { name: 'Per prioriterat område' }).count())
    .toBe(1);
  await expectAccessible(page);
  await shot(page, 'areas-coverage-laptop');

  await page.getByRole('link', { name: 'Lokalgruppers områden' }).click();
  await districtsDrawn(page);
  await expectAccessible(page);
  await shot(page, 'areas-groups-laptop');
  await context.close();
});
