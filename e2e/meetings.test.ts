import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityTypeId, logInApi, type ApiActivity, type ApiClient } from './api.ts';
import { expectAccessible, laptop, logIn, phone, screenshot, useJourney } from './support.ts';

// A member meeting in the room: the chair on a laptop with the projector view beside it, three
// members on phones who check in with the code on the screen and ask for the floor (one of them
// a reply); the chair gives the floor in turn, and the statistics by gender are recomputed from
// the chair's own list of turns and the genders in the register.

const journey = useJourney();
const TITLE = 'Medlemsmöte om hyrorna i Flemingsberg';
let organizer: ApiClient;
let meetingId = '';

interface Totals {
  turns: number;
  seconds: number;
}
interface Statistics {
  total: Totals;
  byGender: Record<'woman' | 'man' | 'other' | 'not_stated', Totals>;
  byFirstTime: { firstTime: Totals; other: Totals };
}
interface Turn {
  person: { id: string; name: string } | null;
  kind: string;
  isFirstTime: boolean;
  seconds: number;
}

beforeAll(async () => {
  const { url, admin, logins } = journey.server;
  const login = logins.find((candidate) => candidate.role === 'organizer')!;
  organizer = await logInApi(url, login.email, admin.password);
  const startsAt = new Date(Date.now() - 15 * 60_000).toISOString();
  const endsAt = new Date(Date.now() + 2 * 3600_000).toISOString();
  const activity = await organizer.post<ApiActivity>('/api/activities', {
    title: TITLE,
    typeId: await activityTypeId(organizer, 'member_meeting'),
    place: 'Flemingsbergs bibliotek',
    startsAt,
    endsAt,
    visibility: 'members',
    shifts: [{ startsAt, endsAt, capacity: null }],
  });
  const meeting = await organizer.post<{ id: string }>('/api/meetings', {
    activityId: activity.id,
    kind: 'member_meeting',
    theme: 'Renovering utan hyreschock',
    firstTimeSpeakersFirst: true,
    speakingSeconds: 180,
    replySeconds: 60,
  });
  meetingId = meeting.id;
  for (const title of ['Mötets öppnande', 'Hyrorna efter renoveringen']) {
    await organizer.post(`/api/meetings/${meetingId}/agenda`, { title, kind: 'discussion' });
  }
});

afterAll(async () => {
  await organizer?.dispose();
});

/** Saves the page as the journeys do, and a copy for a person to look at under /tmp/meet-shots. */
async function shot(page: Page, name: string) {
  await screenshot(page, name);
  mkdirSync('/tmp/meet-shots', { recursive: true });
  await page.screenshot({ path: `/tmp/meet-shots/${name}.png`, fullPage: true });
}

async function pageAs(browser: Browser, email: string, viewport: typeof phone): Promise<Page> {
  const { url, admin } = journey.server;
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await logIn(page, url, email, admin.password);
  await page.waitForURL('**/me');
  return page;
}

async function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

it('runs the speakers’ list with a chair, a projector and three phones, and counts fairly', async () => {
  const { url, logins } = journey.server;
  const chairEmail = logins.find((login) => login.role === 'organizer')!.email;
  const chair = await pageAs(journey.browser, chairEmail, laptop);
  await chair.goto(`${url}/meetings/${meetingId}/chair`);
  await expect.poll(() => heading(chair)).toBe(TITLE);
  await chair.getByRole('button', { name: 'Öppna mötet' }).click();
  await chair.getByRole('button', { name: 'Avsluta mötet' }).waitFor();
  await chair.getByRole('button', { name: 'Gå till punkten Hyrorna efter renoveringen' }).click();
  await chair.getByText('Pågår').waitFor();
  const codeText = chair.getByText('Kod för incheckning:');
  await codeText.waitFor();
  const code = /Kod för incheckning:\s*([A-Z0-9]+)/.exec((await codeText.textContent()) ?? '')?.[1];
  expect(code).toMatch(/^[A-Z0-9]{4,8}$/);
  await expectAccessible(chair);

  const projector = await chair.context().newPage();
  await projector.goto(`${url}/meetings/${meetingId}/projector`);
  await projector.getByText('§ 2. Hyrorna efter renoveringen').waitFor();
  await projector.getByText(code!).waitFor();
  await expectAccessible(projector);

  // Three members on their phones: an activist, another activist and a coordinator.
  const members = [
    logins.filter((login) => login.role === 'activist')[0]!,
    logins.filter((login) => login.role === 'activist')[1]!,
    logins.find((login) => login.role === 'coordinator')!,
  ];
  const phones: Page[] = [];
  for (const member of members) phones.push(await pageAs(journey.browser, member.email, phone));
  // As they stated it: a woman, someone who has not said, a man.
  const genders = ['woman', null, 'man'];
  for (const [index, page] of phones.entries()) {
    const personId = await page.evaluate(() =>
      fetch('/api/auth/session')
        .then((response) => response.json())
        .then((session: { user: { personId: string } }) => session.user.personId),
    );
    await chair.evaluate(
      async ([id, gender]) => {
        const session = (await fetch('/api/auth/session').then((r) => r.json())) as {
          csrfToken: string;
        };
        const response = await fetch(`/api/people/${id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ gender }),
        });
        if (!response.ok) throw new Error(`PATCH person: ${response.status}`);
      },
      [personId, genders[index]] as const,
    );
  }
  for (const page of phones) {
    await page.goto(`${url}/meetings/${meetingId}/room`);
    await page.getByLabel('Kod').fill(code!.toLowerCase());
    await page.getByRole('button', { name: 'Checka in' }).click();
    await page.getByRole('button', { name: 'Begär ordet' }).waitFor();
  }
  await expectAccessible(phones[0]!);
  await shot(phones[0]!, 'phone-meeting-checked-in');

  // The first two ask for the floor, in order; each sees their place.
  await phones[0]!.getByRole('button', { name: 'Begär ordet' }).click();
  await phones[0]!.getByText('Du är nummer 1 i talarlistan').waitFor();
  await phones[1]!.getByRole('button', { name: 'Begär ordet' }).click();
  await phones[1]!.getByText('Du är nummer 2 i talarlistan').waitFor();
  await chair.getByText('Talarlista (2)').waitFor();

  // The chair gives the floor; the first phone is told, the third asks for a reply.
  await chair.getByRole('button', { name: 'Nästa talare' }).click();
  await phones[0]!.getByText('Du har ordet').waitFor();
  await phones[1]!.getByText('Du är nummer 1 i talarlistan').waitFor();
  await phones[2]!.getByRole('button', { name: /^Replik på / }).click();
  await phones[2]!.getByText(/Du är nummer \d i talarlistan/).waitFor();
  await expectAccessible(phones[2]!);
  await shot(phones[2]!, 'phone-meeting-in-queue');
  await projector.getByText('Talarlista (2)').waitFor();
  await shot(projector, 'laptop-meeting-projector');
  await shot(chair, 'laptop-meeting-chair');

  // Through the list: the reply, then the second speaker; then the turn ends.
  await chair.getByRole('button', { name: 'Nästa talare' }).click();
  await chair.getByText('Talarlista (1)').waitFor();
  await chair.getByRole('button', { name: 'Nästa talare' }).click();
  await chair.getByText('Talarlista (0)').waitFor();
  await chair.getByRole('button', { name: 'Avsluta inlägget' }).click();
  await chair.getByText('Avslutade inlägg (3)').waitFor();
  await phones[1]!.getByText('Ingen talar just nu.').waitFor();

  // The statistics, recomputed from the chair's list and the genders people stated.
  const { statistics, turns } = await chair.evaluate(async (id) => {
    const get = (path: string) => fetch(path).then((response) => response.json());
    return {
      statistics: (await get(`/api/meetings/${id}/statistics`)) as Statistics,
      turns: ((await get(`/api/meetings/${id}/live`)) as { chair: { finished: Turn[] } }).chair
        .finished,
    };
  }, meetingId);
  expect(turns).toHaveLength(3);
  expect(turns.map((turn) => turn.kind).sort()).toEqual(['reply', 'speech', 'speech']);
  const expected: Statistics['byGender'] = {
    woman: { turns: 0, seconds: 0 },
    man: { turns: 0, seconds: 0 },
    other: { turns: 0, seconds: 0 },
    not_stated: { turns: 0, seconds: 0 },
  };
  for (const turn of turns) {
    const person = await organizer.get<{ gender: keyof typeof expected | null }>(
      `/api/people/${turn.person!.id}`,
    );
    const bucket = expected[person.gender ?? 'not_stated'];
    bucket.turns += 1;
    bucket.seconds += turn.seconds;
  }
  const seconds = turns.reduce((sum, turn) => sum + turn.seconds, 0);
  expect(statistics.total).toMatchObject({ turns: 3, seconds });
  for (const gender of Object.keys(expected) as (keyof typeof expected)[]) {
    expect(statistics.byGender[gender]).toMatchObject(expected[gender]);
  }
  expect(statistics.byGender.woman.turns).toBe(1);
  expect(statistics.byGender.man.turns).toBe(1);
  expect(statistics.byGender.not_stated.turns).toBe(1);
  expect(statistics.byFirstTime.firstTime.turns + statistics.byFirstTime.other.turns).toBe(3);

  // The chair's table says the same: three turns in all.
  const byGender = chair.getByRole('table', { name: 'Efter kön' });
  await expect
    .poll(() => byGender.locator('tfoot td').first().textContent())
    .toBe(String(statistics.total.turns));
  await expectAccessible(chair);

  // Members see the totals after the meeting, never a list of who spoke.
  await chair.getByRole('button', { name: 'Avsluta mötet' }).click();
  await phones[0]!.getByText('Mötet är avslutat. Tack för att du var med!').waitFor();
  await phones[0]!.goto(`${url}/meetings/${meetingId}/statistics`);
  await phones[0]!.getByRole('table', { name: 'Efter kön' }).waitFor();
  expect(await phones[0]!.getByRole('table').first().textContent()).not.toContain(
    turns[0]!.person!.name,
  );
  await expectAccessible(phones[0]!);
  await shot(phones[0]!, 'phone-meeting-statistics');
});
