import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// A new user's first minutes: start on an empty data directory, log in with the printed
// credentials, look around on a phone and on a laptop.

const journey = useJourney();

async function visit(page: Page, path: string, heading: RegExp, shot: string) {
  await page.goto(`${journey.server.url}${path}`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
  await expectAccessible(page);
  await screenshot(page, shot);
}

describe('on a phone', () => {
  it('logs in with the printed credentials and finds Min sida and the bottom navigation', async () => {
    const context = await journey.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(journey.server.url);
    await page.waitForURL('**/login');
    await expectAccessible(page);
    await screenshot(page, 'phone-login');

    await logIn(page, journey.server.url, journey.server.admin.email, 'fel lösenord');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/fel|stämmer inte/i);
    await expectAccessible(page);

    await logIn(
      page,
      journey.server.url,
      journey.server.admin.email,
      journey.server.admin.password,
    );
    await page.waitForURL('**/me');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Hej/);
    await expectAccessible(page);
    await screenshot(page, 'phone-me');

    const bottomNav = page.getByRole('navigation').filter({ hasText: 'Min sida' }).last();
    await expect.poll(() => bottomNav.isVisible()).toBe(true);
    await bottomNav.getByRole('link', { name: /Lokalgrupper/ }).click();
    await expect.poll(() => page.getByText('Flemingsberg').first().isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'phone-groups');
    await visit(page, '/committees', /Kommittéer/, 'phone-committees');
    await context.close();
  });
});

describe('on a laptop', () => {
  it('shows the organizer sidebar, the admin pages and switches to English', async () => {
    const context = await journey.browser.newContext({ viewport: laptop });
    const page = await context.newPage();
    await logIn(
      page,
      journey.server.url,
      journey.server.admin.email,
      journey.server.admin.password,
    );
    await page.waitForURL('**/me');
    await expectAccessible(page);
    await screenshot(page, 'laptop-me');

    const sidebar = page.getByRole('navigation').first();
    await expect
      .poll(() => sidebar.getByRole('link', { name: 'Konton och inbjudningar' }).isVisible())
      .toBe(true);
    await visit(page, '/admin/accounts', /Konton/, 'laptop-accounts');
    await visit(page, '/admin/outbox', /Utkorg/, 'laptop-outbox');
    await visit(page, '/groups', /Lokalgrupper/, 'laptop-groups');

    await page.getByText('English', { exact: true }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Local groups/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Local groups/);
    await expectAccessible(page);
    await screenshot(page, 'laptop-groups-en');
    await context.close();
  });

  it('shows the public page of the association without logging in', async () => {
    const context = await journey.browser.newContext({ viewport: laptop });
    const page = await context.newPage();
    await visit(page, '/o/huddinge', /Vänsterpartiet Huddinge/, 'laptop-public');
    expect(await page.content()).not.toContain('@example.org');
    await visit(page, '/finns-inte', /.+/, 'laptop-not-found');
    await context.close();
  });
});
