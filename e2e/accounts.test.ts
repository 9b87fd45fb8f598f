import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, logIn, phone, screenshot, useJourney } from './support.ts';

// An admin invites a new activist and, with no SMTP here, is shown the link once to pass on;
// the activist accepts on a phone, edits their profile, logs out everywhere and forgets the
// password. No reset link can reach them without e-mail, so the admin makes one for them
// (the outbox holds none), and the activist is told of it on Min sida.

const journey = useJourney();

/** The outbox shows that a message with a personal link was stored, never the link. */
async function expectNoLinkInOutbox(page: Page, subject: RegExp, name: string) {
  await page.goto(`${journey.server.url}/admin/outbox`);
  const message = page.getByRole('article').filter({ hasText: subject }).first();
  await message.waitFor();
  await expectAccessible(page);
  await screenshot(page, name);
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).toContain('[personlig länk – skickas bara till mottagaren]');
  expect(text).not.toContain('#token=');
}

async function logInAsAdmin(page: Page) {
  await logIn(page, journey.server.url, journey.server.admin.email, journey.server.admin.password);
  await page.waitForURL('**/me');
}

it('invitation, profile, log out everywhere and password reset', async () => {
  const admin = await journey.browser.newContext({ viewport: phone });
  const adminPage = await admin.newPage();
  await logInAsAdmin(adminPage);
  await adminPage.goto(`${journey.server.url}/admin/accounts`);
  await adminPage.getByLabel('Förnamn').fill('Test');
  await adminPage.getByLabel('Efternamn').fill('Testsson');
  await adminPage.getByLabel('E-postadress').fill('inte-en-adress');
  await adminPage.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect.poll(() => adminPage.getByText('giltig e-postadress').count()).toBeGreaterThan(0);
  await expect.poll(() => adminPage.getByLabel('Förnamn').inputValue()).toBe('Test');
  await adminPage.getByLabel('E-postadress').fill('test.testsson@example.org');
  await adminPage.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await adminPage.getByRole('status').filter({ hasText: 'visas bara nu' }).waitFor();
  await expectAccessible(adminPage);
  await screenshot(adminPage, 'phone-invitation-link-shown');
  const invitation = await adminPage
    .getByLabel('Inbjudningslänk till test.testsson@example.org')
    .inputValue();
  expect(invitation).toMatch(/\/invitation#token=[\w-]{40,}$/);
  await expectNoLinkInOutbox(adminPage, /Inbjudan till/, 'phone-outbox-invitation');

  const activist = await journey.browser.newContext({ viewport: phone });
  const page = await activist.newPage();
  await page.goto(invitation);
  await page.getByRole('heading', { name: 'Inbjudan' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-invitation');
  // The meter says, while typing, what the server would refuse and why.
  const strength = page.getByRole('progressbar', { name: 'Lösenordets styrka' });
  await page.getByLabel('Nytt lösenord').fill('Testsson2026!');
  await expect
    .poll(() => strength.getAttribute('aria-valuetext'))
    .toBe('Lätt att gissa – välj ett annat');
  await expect.poll(() => page.getByText('bygger på ditt namn').count()).toBe(1);
  await expectAccessible(page);
  await screenshot(page, 'phone-invitation-weak-password');
  await page.getByLabel('Nytt lösenord').fill('kort');
  await page.getByLabel('Upprepa lösenordet').fill('kort');
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await expect.poll(() => page.getByText('minst 10 tecken').count()).toBeGreaterThan(0);
  await page.getByLabel('Nytt lösenord').fill('ett långt och bra lösenord');
  await page.getByLabel('Upprepa lösenordet').fill('ett långt och bra lösenord');
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await page.waitForURL('**/me');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Test/);

  await page.getByRole('button', { name: 'Ändra' }).click();
  await page.getByLabel('Telefonnummer').fill('070-123 45 67');
  await page.getByLabel('Lokalgrupp', { exact: true }).selectOption({ label: 'Vårby' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('button', { name: 'Ändra' }).waitFor();
  expect(await page.locator('main').innerText()).toContain('Vårby');
  await screenshot(page, 'phone-profile-saved');

  await page.getByRole('button', { name: 'Logga ut överallt' }).click();
  await page.waitForURL('**/login');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await page.getByLabel('E-postadress').fill('test.testsson@example.org');
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await page.getByRole('status').filter({ hasText: 'Be en administratör' }).waitFor();
  await expectAccessible(page);
  await expectNoLinkInOutbox(adminPage, /Välj ett nytt lösenord/, 'phone-outbox-reset');

  // The admin makes a link for them, shown once; the activist is told by mail and on Min sida.
  await adminPage.goto(`${journey.server.url}/admin/accounts`);
  await adminPage
    .getByRole('button', { name: 'Skapa länk för nytt lösenord åt Test Testsson' })
    .click();
  const dialog = adminPage.getByRole('dialog');
  await dialog.getByText('får ett mejl om att du skapade den').waitFor();
  await expectAccessible(adminPage);
  await dialog.getByRole('button', { name: 'Skapa länk' }).click();
  const field = dialog.getByLabel('Länk för nytt lösenord till Test Testsson');
  await field.waitFor();
  await expectAccessible(adminPage);
  await screenshot(adminPage, 'phone-accounts-reset-link');
  const reset = await field.inputValue();
  await dialog.getByRole('button', { name: 'Stäng' }).last().click();
  await page.goto(reset);
  await page.getByText('Kontot gäller Test Testsson, test.testsson@example.org.').waitFor();
  await page.getByLabel('Nytt lösenord').fill('ännu ett bra lösenord');
  await expect.poll(() => strength.getAttribute('aria-valuetext')).toBe('Starkt');
  await expectAccessible(page);
  await page.getByLabel('Upprepa lösenordet').fill('ännu ett bra lösenord');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await page.getByRole('status').waitFor();
  await expectAccessible(page);
  await logIn(page, journey.server.url, 'test.testsson@example.org', 'ännu ett bra lösenord');
  await page.waitForURL('**/me');
  await page
    .getByText(/En administratör, .+, skapade en länk för att byta ditt lösenord/)
    .waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-me-reset-link-notice');

  // The same link does not work twice: the page says so before anything is typed.
  await page.goto(reset);
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/fungerar inte längre/);
  expect(await page.getByLabel('Nytt lösenord').count()).toBe(0);
  await admin.close();
  await activist.close();
});

it('a coordinator sees their own group’s contact details and not another group’s', async () => {
  const context = await journey.browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const coordinator = journey.server.logins.find((login) => login.role === 'coordinator')!;
  await logIn(page, journey.server.url, coordinator.email, journey.server.admin.password);
  await page.waitForURL('**/me');
  const session = (await page.evaluate(() => fetch('/api/auth/session').then((r) => r.json()))) as {
    user: { coordinatedLocalGroupIds: string[] };
  };
  const own = session.user.coordinatedLocalGroupIds[0];
  await page.goto(`${journey.server.url}/groups/${own}`);
  await expect.poll(() => page.getByText('@example.org').count()).toBeGreaterThan(0);
  await expectAccessible(page);
  await screenshot(page, 'phone-group-coordinator');

  const groups = (await page.evaluate(() => fetch('/api/local-groups').then((r) => r.json()))) as {
    items: { id: string }[];
  };
  const other = groups.items.find((group) => group.id !== own)!;
  await page.goto(`${journey.server.url}/groups/${other.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.getByText('@example.org').count()).toBe(0);
  await expectAccessible(page);
  await context.close();
});
