import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, laptop, logIn, screenshot, useJourney } from './support.ts';

// An organizer on a laptop builds a saved list: members who have either of two tags, with the
// count following each condition; saves it, opens it, picks its columns and exports it as CSV.

const journey = useJourney();
const NAME = 'Medlemmar som delar flygblad eller står i valstuga';

/** The live count once it has settled on a number other than `previous`. */
async function countAfterChange(page: Page, previous: number | null): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /matchar|Räknar/ });
  let count = NaN;
  await expect
    .poll(async () => {
      if ((await status.getAttribute('aria-busy')) === 'true') return NaN;
      count = Number(/(\d+) personer? matchar/.exec((await status.textContent()) ?? '')?.[1]);
      return count;
    })
    .toSatisfy((value: number) => Number.isInteger(value) && value !== previous);
  return count;
}

async function addCondition(page: Page, scope: ReturnType<Page['getByRole']>, kind: string) {
  await scope.getByRole('button', { name: 'Lägg till villkor' }).last().click();
  await page.getByRole('menuitem', { name: kind }).click();
}

async function chooseTag(page: Page, condition: ReturnType<Page['getByRole']>, tag: string) {
  await condition.getByRole('combobox', { name: 'Taggar' }).click();
  await page.getByRole('option', { name: tag }).click();
  await page.keyboard.press('Escape');
}

/** Ticks or unticks a column and waits until the list has saved it. */
async function toggleColumn(page: Page, label: string) {
  const saved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes('/api/lists/'),
  );
  await page.getByRole('checkbox', { name: label, exact: true }).click();
  expect((await saved).ok()).toBe(true);
}

it('builds, saves, opens, arranges and exports a saved list', async () => {
  const { url, admin, logins } = journey.server;
  const organizer = logins.find((login) => login.role === 'organizer')!;
  const context = await journey.browser.newContext({ viewport: laptop });
  const page = await context.newPage();
  await logIn(page, url, organizer.email, admin.password);
  await page.waitForURL('**/me');
  const sidebar = page.getByRole('navigation').first();
  await sidebar.getByRole('link', { name: 'Listor' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Listor');
  await expectAccessible(page);
  await screenshot(page, 'laptop-lists');

  await page.getByRole('link', { name: 'Ny lista' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ny lista');
  const everyone = await countAfterChange(page, null);
  await page.getByLabel('Namn').fill(NAME);
  const root = page.getByRole('group', { name: 'Villkor', exact: true });

  await addCondition(page, root, 'Medlem eller kontakt');
  await expect.poll(() => root.getByLabel('Medlemskap').inputValue()).toBe('true');
  const members = await countAfterChange(page, everyone);
  expect(members).toBeLessThan(everyone);

  // An OR group: members who have one tag or the other.
  await root.getByRole('button', { name: 'Lägg till grupp' }).click();
  const either = root.getByRole('group', { name: 'Grupp av villkor' });
  await addCondition(page, either, 'Taggar');
  await page.getByText('Ett villkor är inte klart och räknas inte.').waitFor();
  const tagConditions = either.getByRole('group', { name: 'Taggar' });
  await chooseTag(page, tagConditions.nth(0), 'Flygblad');
  const withLeaflets = await countAfterChange(page, members);
  expect(withLeaflets).toBeLessThan(members);
  await addCondition(page, either, 'Taggar');
  await chooseTag(page, tagConditions.nth(1), 'Valstuga');
  const withEither = await countAfterChange(page, withLeaflets);
  expect(withEither).toBeGreaterThan(withLeaflets);
  expect(withEither).toBeLessThan(members);
  await expectAccessible(page);
  await screenshot(page, 'laptop-list-editor');

  await page.getByRole('button', { name: 'Spara listan' }).click();
  await page.waitForURL(/\/lists\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);

  // Opened again from the lists, it shows everyone it matches.
  await sidebar.getByRole('link', { name: 'Listor' }).click();
  await page.getByRole('link', { name: NAME }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
  await page.getByText(`av ${withEither}`, { exact: false }).first().waitFor();
  const table = page.getByRole('table');
  await table.getByRole('columnheader', { name: 'Telefon' }).waitFor();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Kolumner' }).click();
  await toggleColumn(page, 'Telefon');
  await toggleColumn(page, 'Medlemskap');
  await page.keyboard.press('Escape');
  await page.reload();
  await table.getByRole('columnheader', { name: 'Medlemskap' }).waitFor();
  expect(await table.getByRole('columnheader', { name: 'Telefon' }).count()).toBe(0);
  await expectAccessible(page);
  await screenshot(page, 'laptop-list');

  await page.getByRole('button', { name: 'Exportera' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(header).toBe('Förnamn;Efternamn;Lokalgrupp;Medlemsnummer;Medlem;Taggar;E-post');
  expect(rows).toHaveLength(withEither);
  expect(rows.join('\n')).toMatch(/[åäöÅÄÖ]/);
  await page
    .getByRole('status')
    .filter({ hasText: `${withEither} personer exporterades till ${download.suggestedFilename()}` })
    .waitFor();
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await expectAccessible(page);
  await context.close();
});
