import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pdfText } from '../src/features/meetings/server/pdf-text.testing.ts';
import { activityTypeId, logInApi, type ApiActivity, type ApiClient } from './api.ts';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// After the decisions: the chair records a decision and an election in the meeting and makes
// the decision a task; the minutes are generated, sent to an adjuster who approves them on her
// phone, and published: the PDF says what was decided, and the task waits for its responsible.

const journey = useJourney();
const TITLE = 'Medlemsmöte om hyreskampanjen';
const DECISION = 'att föreningen startar en hyreskampanj i Flemingsberg under våren';
const TASK = 'Ta fram flygblad om hyreskampanjen';
let organizer: ApiClient;
let meetingId = '';
let adjusterName = '';

beforeAll(async () => {
  const { url, admin, logins } = journey.server;
  organizer = await logInApi(
    url,
    logins.find((login) => login.role === 'organizer')!.email,
    admin.password,
  );
  const adjuster = await logInApi(
    url,
    logins.find((login) => login.role === 'activist')!.email,
    admin.password,
  );
  const person = await organizer.get<{ firstName: string; lastName: string }>(
    `/api/people/${adjuster.personId}`,
  );
  adjusterName = `${person.firstName} ${person.lastName}`;
  const startsAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const endsAt = new Date(Date.now() + 60 * 60_000).toISOString();
  const activity = await organizer.post<ApiActivity>('/api/activities', {
    title: TITLE,
    typeId: await activityTypeId(organizer, 'member_meeting'),
    place: 'Folkets hus, Flemingsberg',
    startsAt,
    endsAt,
    visibility: 'members',
    shifts: [{ startsAt, endsAt, capacity: null }],
  });
  meetingId = (
    await organizer.post<{ id: string }>('/api/meetings', {
      activityId: activity.id,
      kind: 'member_meeting',
    })
  ).id;
  await organizer.post(`/api/meetings/${meetingId}/agenda`, {
    title: 'Hyreskampanjen',
    kind: 'decision',
  });
  await organizer.post(`/api/meetings/${meetingId}/open`, {});
  await organizer.post(`/api/meetings/${meetingId}/attendance`, { personId: adjuster.personId });
  await adjuster.dispose();
});

afterAll(async () => {
  await organizer?.dispose();
});

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  mkdirSync('/tmp/meet-shots', { recursive: true });
  await page.screenshot({ path: `/tmp/meet-shots/${name}.png`, fullPage: true });
}

async function pickPerson(page: Page, label: string, name: string) {
  await page.getByRole('combobox', { name: label }).fill(name.split(' ')[0]!);
  await page
    .getByRole('listbox', { name: label })
    .getByRole('option', { name: new RegExp(name) })
    .click();
}

it('follows a decision to its task and the minutes to an approved PDF', async () => {
  const { url, admin, logins } = journey.server;
  const chairLogin = logins.find((login) => login.role === 'organizer')!;
  const chair = await (await journey.browser.newContext({ viewport: laptop })).newPage();
  await logIn(chair, url, chairLogin.email, admin.password);
  await chair.waitForURL('**/me');
  await chair.goto(`${url}/meetings/${meetingId}/chair`);
  await chair.getByRole('button', { name: 'Gå till punkten Hyreskampanjen' }).click();
  await chair.getByRole('heading', { name: 'Beslut och val: Hyreskampanjen' }).waitFor();

  await chair.getByRole('button', { name: 'Nytt beslut' }).click();
  await chair.getByLabel('Förslag', { exact: true }).fill('Styrelsens förslag om en hyreskampanj');
  await chair.getByLabel('Förslaget lades av').fill('Styrelsen');
  await chair.getByLabel(/^Beslut( \*)?$/).fill(DECISION);
  await chair.getByLabel('Utfall').selectOption({ label: 'Bifall' });
  await chair.getByRole('button', { name: 'Spara beslutet' }).click();
  await chair.getByText(DECISION).waitFor();

  await chair.getByRole('button', { name: 'Gör till uppgift' }).click();
  await chair.getByLabel(/^Uppgift( \*)?$/).fill(TASK);
  await pickPerson(chair, 'Ansvarig', adjusterName);
  await chair.getByLabel('Klart senast').fill('2031-03-01');
  await chair.getByRole('button', { name: 'Skapa uppgiften' }).click();
  await chair.getByText('1 uppgift').waitFor();

  await chair.getByRole('button', { name: 'Nytt val' }).click();
  await chair.getByLabel('Val av').fill('Ombud till distriktsårsmötet');
  await chair.getByLabel('Valda').fill(`${adjusterName}\nKim Berg (ersättare)`);
  await chair.getByRole('button', { name: 'Spara valet' }).click();
  await chair.getByText('Ombud till distriktsårsmötet').waitFor();
  await expectAccessible(chair);
  await chair.getByRole('button', { name: 'Avsluta mötet' }).click();
  await chair.getByRole('button', { name: 'Öppna mötet igen' }).waitFor();

  // The minutes: a draft from the meeting, an adjuster, sent.
  await chair.goto(`${url}/meetings/${meetingId}/minutes`);
  await chair.getByRole('button', { name: 'Skapa utkast' }).click();
  await chair.getByLabel('Protokollets text').waitFor();
  expect(await chair.getByLabel('Protokollets text').inputValue()).toContain(DECISION);
  await pickPerson(chair, 'Lägg till justerare', adjusterName);
  await chair.getByRole('button', { name: `Ta bort ${adjusterName} som justerare` }).waitFor();
  await chair.getByRole('button', { name: 'Skicka till justerarna' }).click();
  await chair.getByText('Hos justerarna').waitFor();
  await expectAccessible(chair);
  await shot(chair, 'laptop-meeting-minutes');

  // The adjuster approves on her phone; the minutes are published.
  const adjusterLogin = logins.find((login) => login.role === 'activist')!;
  const phonePage = await (await journey.browser.newContext({ viewport: phone })).newPage();
  await logIn(phonePage, url, adjusterLogin.email, admin.password);
  await phonePage.waitForURL('**/me');
  await phonePage.goto(`${url}/meetings/${meetingId}/minutes`);
  await phonePage.getByRole('button', { name: 'Justera protokollet' }).click();
  await phonePage.getByText('Justerat och publicerat').waitFor();
  await phonePage.getByText(new RegExp(`${adjusterName} justerade`)).waitFor();
  await expectAccessible(phonePage);
  await shot(phonePage, 'phone-meeting-minutes');

  const [download] = await Promise.all([
    phonePage.waitForEvent('download'),
    phonePage.getByRole('link', { name: 'Ladda ner som PDF' }).click(),
  ]);
  const text = (await pdfText(readFileSync(await download.path()))).lines.join('\n');
  expect(text).toContain(TITLE);
  expect(text).toContain('Ombud till distriktsårsmötet');
  expect(text.replace(/\s+/g, ' ')).toContain(DECISION);

  // The task waits for its responsible, who marks it done.
  await phonePage.goto(`${url}/meeting-tasks`);
  await phonePage
    .locator('label')
    .filter({ hasText: /^Mina$/ })
    .click();
  await expect.poll(() => phonePage.getByRole('radio', { name: 'Mina' }).isChecked()).toBe(true);
  const task = phonePage.getByRole('listitem').filter({ hasText: TASK });
  await task.getByText(`Beslutad på ${TITLE}`, { exact: false }).waitFor();
  await expectAccessible(phonePage);
  await shot(phonePage, 'phone-meeting-tasks');
  await task.getByLabel('Status').selectOption({ label: 'Klar' });
  await expect.poll(() => task.getByLabel('Status').inputValue()).toBe('done');
});
