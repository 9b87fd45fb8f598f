import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivity, buildShift } from '../../activities/schedule/activities.factories.ts';
import {
  startSmtp,
  tokenSentTo,
  type FakeSmtp,
} from '../../../platform/server/mail/mail-testing.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let smtp: FakeSmtp;
let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  // A guest's confirmation link reaches them only by e-mail.
  smtp = await startSmtp();
  t = await createTestApp({ smtpUrl: smtp.url });
  org = await seedAssociation(t.db, 'integritet');
  admin = await login(t.app, org.emails.admin);
  coordinator = await login(t.app, org.emails.coordinator);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('consent', () => {
  it('is recorded per purpose with source and wording, and withdrawn without losing the record', async () => {
    const contact = org.memberIds[0];
    const given = await t.app.inject({
      method: 'POST',
      url: `/api/people/${contact}/consents`,
      headers: coordinator.headers,
      payload: {
        purpose: 'newsletter',
        source: 'Bokbord i Flemingsberg',
        wording: 'Jag vill få Vänsterpartiet Huddinges nyhetsbrev via e-post.',
      },
    });
    expect(given.statusCode, given.body).toBe(201);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/people/${contact}/consents/${given.json().id}/withdraw`,
      headers: coordinator.headers,
    });
    expect(withdrawn.json().withdrawnAt).toBeTruthy();
    const list = await t.app.inject({
      url: `/api/people/${contact}/consents`,
      headers: coordinator.headers,
    });
    expect(list.json().items).toHaveLength(1);
    const outside = await t.app.inject({
      url: `/api/people/${org.memberIds[1]}/consents`,
      headers: coordinator.headers,
    });
    expect(outside.statusCode).toBe(404);
  });

  it('cannot be given in the future', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/people/${org.memberIds[0]}/consents`,
      headers: coordinator.headers,
      payload: { purpose: 'calling', givenAt: '2999-01-01T00:00:00Z', source: 'x', wording: 'y' },
    });
    expect(response.json().errors[0]).toMatchObject({ path: 'body.givenAt', code: 'in_future' });
  });
});

describe('a person’s own data', () => {
  it('can be downloaded in full as JSON and as CSV, including who looked at it', async () => {
    const organizer = await login(t.app, org.emails.organizer);
    await t.app.inject({
      url: `/api/people/${org.personIds.activist}`,
      headers: organizer.headers,
    });
    const activist = await login(t.app, org.emails.activist);
    const json = await t.app.inject({ url: '/api/me/data', headers: activist.headers });
    expect(json.statusCode, json.body).toBe(200);
    const data = json.json();
    expect(data.person.id).toBe(org.personIds.activist);
    expect(data.account.email).toBe(org.emails.activist);
    expect(data.accessLog).toEqual([
      expect.objectContaining({ action: 'person.view', byRole: 'organizer' }),
    ]);
    const csv = await t.app.inject({ url: '/api/me/data/csv', headers: activist.headers });
    const { filename, content } = csv.json();
    expect(filename).toMatch(/^mina-uppgifter-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(content.startsWith('\uFEFFsection;field;value\r\n')).toBe(true);
    expect(content).toContain(`account;email;${org.emails.activist}`);
  });

  it('includes my sign-ups, attendance and what is kept of a guest sign-up', async () => {
    const organizer = await login(t.app, org.emails.organizer);
    const type = await t.db
      .insertInto('activity_types')
      .values({ organization_id: org.id, key: 'leafleting', name: 'Flygbladsutdelning' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const create = async (title: string, startsAt: string, shiftTitle: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/activities',
        headers: organizer.headers,
        payload: buildActivity({
          typeId: type.id,
          title,
          startsAt,
          visibility: 'public',
          shifts: [buildShift({ title: shiftTitle, startsAt })],
        }),
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; shifts: { id: string }[] };
    };
    const activist = org.personIds.activist;
    const past = await create('Flygblad vid Huddinge C', '2024-05-03T10:00:00.000Z', 'Första');
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/shifts/${past.shifts[0]!.id}/bookings`,
      headers: organizer.headers,
      payload: { personId: activist },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/signups/${booked.json().id}`,
      headers: organizer.headers,
      payload: { attended: true },
    });
    // A guest sign-up with the activist's address joins their record once confirmed.
    const stallStart = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const stall = await create('Bokbord på torget', stallStart, '');
    const consentWording = 'Jag samtycker till att föreningen sparar mina uppgifter.';
    const guest = await t.app.inject({
      method: 'POST',
      url: `/api/public/activities/${stall.id}/guest-signup`,
      payload: {
        firstName: 'Gäst',
        lastName: 'Gästsson',
        email: org.emails.activist,
        consent: true,
        consentWording,
      },
    });
    expect(guest.statusCode, guest.body).toBe(202);
    await t.app.mailer.flush();
    const token = tokenSentTo(smtp.received, org.emails.activist, '/guest-signup');
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/public/guest-signups/confirm',
      payload: { token },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    // A second request with the same address, not confirmed: shown as it was given.
    const pending = await t.app.inject({
      method: 'POST',
      url: `/api/public/activities/${stall.id}/guest-signup`,
      payload: {
        firstName: 'Gäst',
        lastName: 'Väntande',
        email: org.emails.activist.toUpperCase(),
        phone: '070-123 45 67',
        consent: true,
        consentWording,
      },
    });
    expect(pending.statusCode, pending.body).toBe(202);

    const session = await login(t.app, org.emails.activist);
    const data = (await t.app.inject({ url: '/api/me/data', headers: session.headers })).json();
    expect(data.pendingGuestSignups).toEqual([
      {
        activity: 'Bokbord på torget',
        shiftStartsAt: stallStart,
        requestedAt: expect.any(String),
        expiresAt: expect.any(String),
        firstName: 'Gäst',
        lastName: 'Väntande',
        email: org.emails.activist,
        phone: '+46701234567',
      },
    ]);
    expect(data.signups).toMatchObject([
      {
        activity: 'Bokbord på torget',
        shift: '',
        shiftStartsAt: stallStart,
        status: 'confirmed',
        source: 'guest',
        attended: null,
        cancelledAt: null,
      },
      {
        activity: 'Flygblad vid Huddinge C',
        shift: 'Första',
        shiftStartsAt: '2024-05-03T10:00:00.000Z',
        shiftEndsAt: '2024-05-03T12:00:00.000Z',
        status: 'confirmed',
        source: 'booked',
        attended: true,
      },
    ]);
    expect(Date.parse(data.signups[1].signedUpAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(data.guestSignups).toEqual([
      {
        activity: 'Bokbord på torget',
        shiftStartsAt: stallStart,
        requestedAt: expect.any(String),
        confirmedAt: expect.any(String),
        consentWording,
      },
    ]);
    const csv = await t.app.inject({ url: '/api/me/data/csv', headers: session.headers });
    const { content } = csv.json();
    expect(content).toContain('signups;2.activity;Flygblad vid Huddinge C');
    expect(content).toContain('signups;2.attended;true');
    expect(content).toContain(`guestSignups;1.consentWording;${consentWording}`);
    expect(content).toContain('pendingGuestSignups;1.lastName;Väntande');
  });
});

describe('erasure', () => {
  it('removes personal data for good, keeps an anonymous row, and is audited', async () => {
    const target = org.personIds.activist;
    const before = await t.db
      .selectFrom('people')
      .select('local_group_id')
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/people/${target}/erase`,
      headers: admin.headers,
      payload: { confirm: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const row = await t.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', target)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      first_name: 'Borttagen',
      last_name: 'person',
      email: null,
      phone: null,
      notes: '',
      custom: {},
      local_group_id: before.local_group_id,
    });
    expect(
      await t.db.selectFrom('accounts').select('id').where('person_id', '=', target).execute(),
    ).toEqual([]);
    const lookup = await t.app.inject({ url: `/api/people/${target}`, headers: admin.headers });
    expect(lookup.statusCode).toBe(404);
    await expect(login(t.app, org.emails.activist)).rejects.toThrow();
    const log = await t.app.inject({
      url: `/api/audit-log?personId=${target}`,
      headers: admin.headers,
    });
    expect(log.json().items[0].action).toBe('person.erase');
  });

  it('is for admins, and not of oneself', async () => {
    const organizer = await login(t.app, org.emails.organizer);
    const byOrganizer = await t.app.inject({
      method: 'POST',
      url: `/api/people/${org.memberIds[0]}/erase`,
      headers: organizer.headers,
      payload: { confirm: true },
    });
    expect(byOrganizer.statusCode).toBe(403);
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/people/${org.personIds.admin}/erase`,
      headers: admin.headers,
      payload: { confirm: true },
    });
    expect(self.statusCode).toBe(409);
  });
});
