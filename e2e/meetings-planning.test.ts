import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityTypeId, hoursFromNow, logInApi, type ApiActivity, type ApiClient } from './api.ts';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// Before a member meeting: a member proposes a topic from her phone, another supports it, and
// the organizer sees it ranked on the planning page and takes it onto the agenda.

const journey = useJourney();
const TITLE = 'Medlemsmöte i Vårby gård';
const TOPIC = 'Trygghet vid tunnelbanan på kvällarna';
let organizer: ApiClient;
let meetingId = '';

beforeAll(async () => {
  const { url, admin, logins } = journey.server;
  const email = (role: string, index = 0) => logins.filter((login) => login.role === role)[index]!;
  organizer = await logInApi(url, email('organizer').email, admin.password);
  const startsAt = hoursFromNow(9, 17);
  const endsAt = hoursFromNow(9, 19);
  const activity = await organizer.post<ApiActivity>('/api/activities', {
    title: TITLE,
    typeId: await activityTypeId(organizer, 'member_meeting'),
    place: 'Vårby gårds bibliotek',
    startsAt,
    endsAt,
    visibility: 'members',
    shifts: [{ startsAt, endsAt, capacity: null }],
  });
  const meeting = await organizer.post<{ id: string }>('/api/meetings', {
    activityId: activity.id,
    kind: 'member_meeting',
    theme: 'Vad vill vi göra i Vårby?',
  });
  meetingId = meeting.id;
  await organizer.post(`/api/meetings/${meetingId}/agenda`, {
    title: 'Mötets öppnande',
    kind: 'information',
  });
});

afterAll(async () => {
  await organizer?.dispose();
});

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  mkdirSync('/tmp/meet-shots', { recursive: true });
  await page.screenshot({ path: `/tmp/meet-shots/${name}.png`, fullPage: true });
}

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

it('takes a topic a member proposed, and others supported, onto the agenda', async () => {
  const { url, admin, logins } = journey.server;
  const member = logins.filter((login) => login.role === 'activist')[0]!;
  const context = await journey.browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await logIn(page, url, member.email, admin.password);
  await page.waitForURL('**/me');
  const bottomNav = page.getByRole('navigation').filter({ hasText: 'Min sida' }).last();
  await bottomNav.getByRole('link', { name: 'Möten' }).click();
  await expect.poll(() => heading(page)).toBe('Möten');
  await page.getByRole('link', { name: TITLE }).waitFor();
  await expectAccessible(page);
  await shot(page, 'phone-meetings');

  await page.getByRole('link', { name: TITLE }).click();
  await expect.poll(() => heading(page)).toBe(TITLE);
  await page.getByLabel('Ämne eller tema').fill(TOPIC);
  await page.getByLabel('Varför? (frivilligt)').fill('Många känner sig otrygga efter nio.');
  await page.getByRole('button', { name: 'Föreslå' }).click();
  const proposal = page.getByRole('listitem').filter({ hasText: TOPIC });
  await proposal.getByText('Inget stöd än').waitFor();
  await expectAccessible(page);
  await shot(page, 'phone-meeting');

  // Another member supports it from her phone.
  const other = logins.filter((login) => login.role === 'activist')[1]!;
  const otherPage = await (await journey.browser.newContext({ viewport: phone })).newPage();
  await logIn(otherPage, url, other.email, admin.password);
  await otherPage.waitForURL('**/me');
  await otherPage.goto(`${url}/meetings/${meetingId}`);
  const theirs = otherPage.getByRole('listitem').filter({ hasText: TOPIC });
  await theirs.getByRole('button', { name: 'Stöd förslaget' }).click();
  await theirs.getByText('1 stöder').waitFor();
  await theirs.getByRole('button', { name: 'Du stöder förslaget' }).waitFor();

  // The organizer plans the meeting on a laptop: the topic, ranked, goes onto the agenda.
  const organizerLogin = logins.find((login) => login.role === 'organizer')!;
  const laptopPage = await (await journey.browser.newContext({ viewport: laptop })).newPage();
  await logIn(laptopPage, url, organizerLogin.email, admin.password);
  await laptopPage.waitForURL('**/me');
  await laptopPage.goto(`${url}/meetings/${meetingId}/plan`);
  await expect.poll(() => heading(laptopPage)).toBe(`Planera: ${TITLE}`);
  const ranked = laptopPage.getByRole('listitem').filter({ hasText: TOPIC });
  await ranked.getByText('1 stöder').waitFor();
  await expectAccessible(laptopPage);
  await ranked.getByRole('button', { name: 'Ta upp på dagordningen' }).click();
  await ranked.getByText('På dagordningen').waitFor();
  await laptopPage.getByText(`2. ${TOPIC}`).first().waitFor();
  await expectAccessible(laptopPage);
  await shot(laptopPage, 'laptop-meeting-plan');

  // The member sees it on the agenda.
  await page.reload();
  await page.getByText(`2. ${TOPIC}`).waitFor();
  await shot(page, 'phone-meeting-agenda');
});
