import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShift } from '../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { deleteExpiredGuestRequests } from '../../guests/server/guest-signup.service.ts';
import {
  startSmtp,
  tokenSentTo,
  type FakeSmtp,
} from '../../../../platform/server/mail/mail-testing.ts';

let smtp: FakeSmtp;
let world: ActivitiesWorld;
beforeAll(async () => {
  // A guest's confirmation link reaches them only by e-mail.
  smtp = await startSmtp();
  world = await setUpActivities('kalendarium', { config: { smtpUrl: smtp.url } });
});
afterAll(async () => {
  await world?.test.close();
  await smtp?.close();
});

const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inHours = (hours: number) => new Date(base + hours * 3_600_000).toISOString();
const publicList = () =>
  world.app.inject({ url: '/api/public/organizations/kalendarium/activities' });

describe('the public calendar', () => {
  it('lists published public activities only', async () => {
    const open = await world.createActivity({ title: 'Öppet möte', visibility: 'public' });
    const members = await world.createActivity({ title: 'Internt', visibility: 'members' });
    const draft = await world.createActivity({
      title: 'Utkast',
      visibility: 'public',
      publishAt: inHours(5),
    });
    const list = await publicList();
    expect(list.statusCode).toBe(200);
    const titles = list.json().items.map((item: { title: string }) => item.title);
    expect(titles).toContain('Öppet möte');
    expect(titles).not.toContain('Internt');
    expect(titles).not.toContain('Utkast');
    expect(list.json().organization).toEqual({
      slug: 'kalendarium',
      name: 'Vänsterpartiet kalendarium',
    });
    for (const id of [members.id, draft.id]) {
      const page = await world.app.inject({
        url: `/api/public/organizations/kalendarium/activities/${id}`,
      });
      expect(page.statusCode).toBe(404);
    }
    const page = await world.app.inject({
      url: `/api/public/organizations/kalendarium/activities/${open.id}`,
    });
    expect(page.statusCode).toBe(200);
  });

  it('exposes no personal data: no contact person, no names of who signed up', async () => {
    const activity = await world.createActivity({
      visibility: 'public',
      contactPersonId: world.org.personIds.coordinator,
      description: 'Vi delar ut **flygblad**. Mer text om dagen.',
      shifts: [buildShift({ startsAt: inHours(30), capacity: 1 })],
      startsAt: inHours(30),
      endsAt: inHours(32),
    });
    await as(world, 'activist')('POST', `/api/shifts/${activity.shifts[0]!.id}/signup`);
    const page = await world.app.inject({
      url: `/api/public/organizations/kalendarium/activities/${activity.id}`,
    });
    // Test accounts are named "<role> <slug>" with addresses at <slug>.example.org.
    expect(page.body).not.toMatch(/(coordinator|activist) kalendarium|@/);
    expect(page.json()).not.toHaveProperty('contactPerson');
    expect(page.json()).toMatchObject({
      summary: 'Vi delar ut flygblad. Mer text om dagen.',
      shifts: [{ capacity: 1, confirmed: 1, isFull: true }],
      isGuestSignupOpen: true,
    });
    expect(page.json().descriptionHtml).toContain('<strong>flygblad</strong>');
  });

  it('pages through the calendar in order, each activity once, even at the same start', async () => {
    const sameStart = inHours(200);
    for (let i = 0; i < 5; i++) {
      await world.createActivity({
        visibility: 'public',
        startsAt: sameStart,
        endsAt: inHours(201),
        title: `Samma tid ${i}`,
      });
    }
    const whole = (await publicList()).json();
    expect(whole.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await world.app.inject({
        url: `/api/public/organizations/kalendarium/activities?limit=2${query}`,
      });
      expect(page.statusCode).toBe(200);
      expect(page.json().items.length).toBeLessThanOrEqual(2);
      seen.push(...page.json().items.map((item: { id: string }) => item.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole.items.map((item: { id: string }) => item.id));
    const bad = await world.app.inject({
      url: '/api/public/organizations/kalendarium/activities?cursor=nonsense',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('answers an unknown association with 404', async () => {
    const response = await world.app.inject({
      url: '/api/public/organizations/finns-inte/activities',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('a guest signs up', () => {
  const consentWording = 'Jag samtycker till att föreningen sparar mina uppgifter för aktiviteten.';

  async function linkFor(email: string) {
    const mail = await world.test.db
      .selectFrom('outbox')
      .select(['body_text', 'subject'])
      .where('to_address', '=', email)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    await world.app.mailer.flush();
    return { ...mail, token: tokenSentTo(smtp.received, email, '/guest-signup') };
  }

  it('gets a link by e-mail; following it creates the contact, consent and sign-up', async () => {
    const activity = await world.createActivity({
      visibility: 'public',
      title: 'Dörrknackning i Vårby',
    });
    const email = 'gast.person@example.org';
    const response = await world.app.inject({
      method: 'POST',
      url: `/api/public/activities/${activity.id}/guest-signup`,
      payload: {
        firstName: 'Gäst',
        lastName: 'Person',
        email,
        phone: '070-174 06 90',
        consent: true,
        consentWording,
      },
    });
    expect(response.statusCode).toBe(202);
    const people = () =>
      world.test.db
        .selectFrom('people')
        .select(['id', 'is_member', 'phone'])
        .where('email', '=', email)
        .execute();
    expect(await people()).toEqual([]); // nothing in the register before the link is followed
    const mail = await linkFor(email);
    expect(mail.subject).toBe('Bekräfta din anmälan: Dörrknackning i Vårby');
    // The outbox keeps a placeholder; the link itself went only to the address.
    expect(mail.body_text).not.toContain('#token=');
    const sent = smtp.received.find((message) => message.to.includes(email))!;
    expect(sent.text).toContain(`/o/kalendarium/guest-signup#token=${mail.token}`);

    const lookup = await world.app.inject({
      method: 'POST',
      url: '/api/public/guest-signups/lookup',
      payload: { token: mail.token },
    });
    expect(lookup.json()).toMatchObject({ isConfirmed: false, activity: { id: activity.id } });
    const confirm = () =>
      world.app.inject({
        method: 'POST',
        url: '/api/public/guest-signups/confirm',
        payload: { token: mail.token },
      });
    const confirmed = await confirm();
    expect(confirmed.json()).toMatchObject({ isConfirmed: true, status: 'confirmed' });
    const [person] = await people();
    expect(person).toMatchObject({ is_member: false, phone: '+46701740690' });
    const consents = await world.test.db
      .selectFrom('consents')
      .select(['purpose', 'wording', 'recorded_by'])
      .where('person_id', '=', person!.id)
      .execute();
    expect(consents).toEqual([{ purpose: 'events', wording: consentWording, recorded_by: null }]);
    const signups = await as(world, 'organizer')('GET', `/api/activities/${activity.id}/signups`);
    expect(signups.json().items).toEqual([
      expect.objectContaining({
        source: 'guest',
        person: expect.objectContaining({ isMember: false }),
      }),
    ]);
    // A second click is no error and changes nothing; the request keeps no copy of the address.
    expect((await confirm()).json()).toMatchObject({ isConfirmed: true, status: 'confirmed' });
    expect(await people()).toHaveLength(1);
    const pending = await world.test.db
      .selectFrom('guest_signups')
      .select(['email', 'first_name'])
      .execute();
    expect(pending).toContainEqual({ email: null, first_name: null });
  });

  it('refuses members-only activities, a missing consent and a bad link', async () => {
    const members = await world.createActivity({ visibility: 'members' });
    const payload = {
      firstName: 'A',
      lastName: 'B',
      email: 'ab@example.org',
      consent: true,
      consentWording,
    };
    const refused = await world.app.inject({
      method: 'POST',
      url: `/api/public/activities/${members.id}/guest-signup`,
      payload,
    });
    expect(refused.statusCode).toBe(404);
    const open = await world.createActivity({ visibility: 'public' });
    const noConsent = await world.app.inject({
      method: 'POST',
      url: `/api/public/activities/${open.id}/guest-signup`,
      payload: { ...payload, consent: false },
    });
    expect(noConsent.statusCode).toBe(400);
    const bad = await world.app.inject({
      method: 'POST',
      url: '/api/public/guest-signups/confirm',
      payload: { token: 'x'.repeat(43) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].code).toBe('invalid_token');
  });

  it('sends at most three pending links to one address', async () => {
    const open = await world.createActivity({ visibility: 'public' });
    const send = () =>
      world.app.inject({
        method: 'POST',
        url: `/api/public/activities/${open.id}/guest-signup`,
        payload: {
          firstName: 'C',
          lastName: 'D',
          email: 'cd@example.org',
          consent: true,
          consentWording,
        },
      });
    for (let i = 0; i < 3; i++) expect((await send()).statusCode).toBe(202);
    expect((await send()).statusCode).toBe(429);
  });

  it('forgets a request whose link expired unconfirmed, name and address with it', async () => {
    const open = await world.createActivity({ visibility: 'public' });
    const asked = await world.app.inject({
      method: 'POST',
      url: `/api/public/activities/${open.id}/guest-signup`,
      payload: {
        firstName: 'E',
        lastName: 'F',
        email: 'ef@example.org',
        consent: true,
        consentWording,
      },
    });
    expect(asked.statusCode).toBe(202);
    const requests = () =>
      world.test.db
        .selectFrom('guest_signups')
        .select('id')
        .where('email', '=', 'ef@example.org')
        .execute();
    expect(await deleteExpiredGuestRequests(world.test.db)).toBe(0);
    expect(await requests()).toHaveLength(1);
    await world.test.db
      .updateTable('guest_signups')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('email', '=', 'ef@example.org')
      .execute();
    expect(await deleteExpiredGuestRequests(world.test.db)).toBe(1);
    expect(await requests()).toEqual([]);
  });
});
