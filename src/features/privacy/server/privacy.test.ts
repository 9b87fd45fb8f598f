import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'integritet');
  admin = await login(t.app, org.emails.admin);
  coordinator = await login(t.app, org.emails.coordinator);
});
afterAll(() => t.close());

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
