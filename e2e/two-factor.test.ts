import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { stepAt, totpCode } from '../src/features/accounts/two-factor/server/totp.ts';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// The association requires two-factor login of admins and organizers. The admin turns the rule
// on and is led to set it up; an organizer, on a phone, is led there at their next login, scans
// the QR code (read here by zbarimg, as a phone's camera would), types the app's code, keeps
// the recovery codes, and logs in again with a code and then with a recovery code.

const journey = useJourney();

/** The code an authenticator app shows `offset` steps from now. */
function appCode(secret: string, offset = 0) {
  return totpCode(secret, stepAt(Date.now()) + offset);
}

/** Reads the QR code on the page as a phone's camera would, with zbarimg (Debian's zbar-tools). */
async function scanQr(page: Page): Promise<string> {
  mkdirSync('.tmp/screenshots', { recursive: true });
  const path = '.tmp/screenshots/qr-scan.png';
  await page.getByRole('img', { name: /QR-kod/ }).screenshot({ path });
  return execFileSync('zbarimg', ['--quiet', '--raw', path]).toString().trim();
}

/** From "Slå på" to the recovery codes; returns the secret the app now holds. */
async function setUp(page: Page, shot: string): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Slå på tvåstegsverifiering' }).click();
  const uri = await scanQr(page);
  const secret = new URL(uri).searchParams.get('secret')!;
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  // The key typed by hand is the same as the one in the QR code.
  const shown = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  expect(shown).toBe(secret);
  await expectAccessible(page);
  await screenshot(page, `${shot}-scan`);
  await page.getByLabel('Kod från appen').fill('123');
  await page.getByRole('button', { name: 'Slå på', exact: true }).click();
  await expect.poll(() => page.getByText('sex siffror').count()).toBeGreaterThan(0);
  await page.getByLabel('Kod från appen').fill(appCode(secret));
  await page.getByRole('button', { name: 'Slå på', exact: true }).click();
  await page.getByRole('heading', { name: 'Dina reservkoder' }).waitFor();
  const codes = (await page.locator('ol code').allTextContents()).map((code) => code.trim());
  expect(codes).toHaveLength(10);
  await expectAccessible(page);
  await screenshot(page, `${shot}-codes`);
  await page.getByRole('button', { name: 'Jag har sparat koderna' }).click();
  await page.getByText('Du har 10 oanvända reservkoder kvar.').waitFor();
  return { secret, codes };
}

it('requires two factors of admins and organizers, set up with an app and used at login', async () => {
  const admin = await (await journey.browser.newContext({ viewport: laptop })).newPage();
  await logIn(admin, journey.server.url, journey.server.admin.email, journey.server.admin.password);
  await admin.waitForURL('**/me');
  await admin.goto(`${journey.server.url}/admin/accounts`);
  await admin.getByRole('switch', { name: /Kräv tvåstegsverifiering/ }).click();
  // The admin's own session is now led to set it up before anything else.
  await admin.waitForURL('**/me/two-factor');
  await admin.getByText('Föreningen kräver tvåstegsverifiering').waitFor();
  await admin.goto(`${journey.server.url}/people`);
  await admin.waitForURL('**/me/two-factor');
  await setUp(admin, 'laptop-two-factor');
  await admin.goto(`${journey.server.url}/admin/accounts`);
  await admin.getByRole('heading', { name: 'Inloggning' }).waitFor();
  await expectAccessible(admin);
  await screenshot(admin, 'laptop-accounts-two-factor');

  const organizerEmail = journey.server.logins.find((login) => login.role === 'organizer')!.email;
  const context = await journey.browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await logIn(page, journey.server.url, organizerEmail, journey.server.admin.password);
  await page.waitForURL('**/me/two-factor');
  await expectAccessible(page);
  await screenshot(page, 'phone-two-factor-required');
  const { secret, codes } = await setUp(page, 'phone-two-factor');
  await page.goto(`${journey.server.url}/people`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(page.url()).toMatch(/\/people$/);

  // Next login: the password, then the code from the app (the next one it shows).
  await page.goto(`${journey.server.url}/me`);
  await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
  await page.waitForURL('**/login');
  await logIn(page, journey.server.url, organizerEmail, journey.server.admin.password);
  await page.getByRole('heading', { name: 'Skriv in koden' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'phone-login-code');
  await page.getByLabel('Kod från appen').fill('000000');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect.poll(() => page.getByText('Fel kod').count()).toBeGreaterThan(0);
  await page.getByLabel('Kod från appen').fill(appCode(secret, 1));
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL('**/me');

  // Without the phone: a recovery code, once.
  await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
  await page.waitForURL('**/login');
  await logIn(page, journey.server.url, organizerEmail, journey.server.admin.password);
  await page.getByRole('button', { name: /Använd en reservkod/ }).click();
  await page.getByLabel('Reservkod').fill(codes[0]!.toUpperCase());
  await expectAccessible(page);
  await screenshot(page, 'phone-login-recovery-code');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.waitForURL('**/me');
  await page.goto(`${journey.server.url}/me/two-factor`);
  await page.getByText('Du har 9 oanvända reservkoder kvar.').waitFor();
  await screenshot(page, 'phone-two-factor-on');
});
