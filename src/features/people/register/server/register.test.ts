import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;
let organizer: TestSession;
let coordinator: TestSession;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'register');
  other = await seedAssociation(t.db, 'grannen');
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
  admin = await login(t.app, org.emails.admin);
});
afterAll(() => t.close());

const create = (session: TestSession, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/people', headers: session.headers, payload });
const list = (session: TestSession, query = '') =>
  t.app.inject({ url: `/api/people${query}`, headers: session.headers });

describe('the person record', () => {
  it('refuses a birth year in the future, saying which field', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const response = await create(organizer, {
      firstName: 'Ny',
      lastName: 'Född',
      birthYear: nextYear,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toMatchObject([{ path: 'body.birthYear', code: 'custom' }]);
  });

  it('stores a Swedish phone number in E.164 and reads back every field', async () => {
    const response = await create(organizer, {
      firstName: 'Åsa',
      lastName: 'Öberg',
      email: 'Asa.Oberg@Example.org',
      phone: '070-174 06 70',
      address: 'Storgatan 1',
      postcode: '141 30',
      city: 'Huddinge',
      gender: 'woman',
      birthYear: 1987,
      isMember: true,
      memberNumber: 'V-1001',
      memberSince: '2019-03-08',
      localGroupId: org.groupIds[1],
      notes: 'Vill dela ut flygblad.',
    });
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(person).toMatchObject({
      email: 'asa.oberg@example.org',
      phone: '+46701740670',
      memberSince: '2019-03-08',
      membershipStatus: 'active',
      localGroup: { id: org.groupIds[1], name: 'Södra' },
      hasAccount: false,
    });
    const read = await t.app.inject({
      url: `/api/people/${person.id}`,
      headers: organizer.headers,
    });
    expect(read.json()).toEqual(person);
  });

  it('names the failing fields: a bad phone number, a taken member number', async () => {
    const bad = await create(organizer, { firstName: 'A', lastName: 'B', phone: 'ring mig' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.phone', code: 'invalid_phone' });
    const taken = await create(organizer, {
      firstName: 'C',
      lastName: 'D',
      memberNumber: 'V-1001',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0]).toMatchObject({ path: 'body.memberNumber', code: 'taken' });
    const invalid = await create(organizer, {
      firstName: '',
      lastName: 'D',
      birthYear: 1800,
      memberSince: '8/3 2019',
    });
    expect(
      invalid
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.birthYear', 'body.firstName', 'body.memberSince']);
  });

  it('finds people by part of a name, an e-mail address or a phone number written any way', async () => {
    const names = async (q: string) =>
      (
        (await list(organizer, `?q=${encodeURIComponent(q)}`)).json().items as {
          lastName: string;
        }[]
      ).map((p) => p.lastName);
    expect(await names('åsa öb')).toEqual(['Öberg']);
    expect(await names('ASA.OBERG@')).toEqual(['Öberg']);
    expect(await names('0701740670')).toEqual(['Öberg']);
    expect(await names('100%_')).toEqual([]);
  });
});

describe('who reaches whom', () => {
  it('a coordinator lists and opens only their own group’s people', async () => {
    const own = (await list(coordinator)).json() as {
      items: { localGroup: { id: string } }[];
      total: number;
    };
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((p) => p.localGroup.id === org.groupIds[0])).toBe(true);
    const outside = await t.app.inject({
      url: `/api/people/${org.memberIds[1]}`,
      headers: coordinator.headers,
    });
    expect(outside.statusCode).toBe(404);
    const inside = await t.app.inject({
      url: `/api/people/${org.memberIds[0]}`,
      headers: coordinator.headers,
    });
    expect(inside.statusCode).toBe(200);
  });

  it('a coordinator adds and moves people only within their own groups', async () => {
    expect(
      (await create(coordinator, { firstName: 'E', lastName: 'F', localGroupId: org.groupIds[1] }))
        .statusCode,
    ).toBe(400);
    expect((await create(coordinator, { firstName: 'E', lastName: 'F' })).statusCode).toBe(400);
    const added = await create(coordinator, {
      firstName: 'E',
      lastName: 'F',
      localGroupId: org.groupIds[0],
    });
    expect(added.statusCode).toBe(201);
    const move = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${added.json().id}`,
      headers: coordinator.headers,
      payload: { localGroupId: org.groupIds[1] },
    });
    expect(move.statusCode).toBe(400);
  });

  it('another association’s people answer 404 and are never listed', async () => {
    const response = await t.app.inject({
      url: `/api/people/${other.memberIds[0]}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${other.memberIds[0]}`,
      headers: admin.headers,
      payload: { notes: 'kapad' },
    });
    expect(patch.statusCode).toBe(404);
    const all = (await list(admin, '?limit=200')).json() as { items: { id: string }[] };
    expect(all.items.map((p) => p.id)).not.toContain(other.memberIds[0]);
    const row = await t.db
      .selectFrom('people')
      .select('notes')
      .where('id', '=', other.memberIds[0])
      .executeTakeFirstOrThrow();
    expect(row.notes).toBe('');
  });
});

describe('the audit log', () => {
  it('records views by others and changes, without personal data, and not one’s own view', async () => {
    const viewed = org.memberIds[0];
    await t.app.inject({ url: `/api/people/${viewed}`, headers: organizer.headers });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/people/${viewed}`,
      headers: organizer.headers,
      payload: { city: 'Flemingsberg', phone: '070-174 06 71' },
    });
    await t.app.inject({ url: `/api/people/${org.personIds.admin}`, headers: admin.headers });
    const log = await t.app.inject({
      url: `/api/audit-log?personId=${viewed}`,
      headers: admin.headers,
    });
    const entries = log.json().items as {
      action: string;
      actor: { firstName: string };
      details: object;
    }[];
    expect(entries.slice(0, 2).map((e) => e.action)).toEqual(['person.update', 'person.view']);
    expect(entries[0]!.details).toEqual({ fields: ['city', 'phone'] });
    expect(entries[0]!.actor.firstName).toBe('organizer');
    expect(JSON.stringify(log.json())).not.toContain('Flemingsberg');
    const own = await t.app.inject({
      url: `/api/audit-log?personId=${org.personIds.admin}`,
      headers: admin.headers,
    });
    expect(own.json().total).toBe(0);
    const forbidden = await t.app.inject({ url: '/api/audit-log', headers: organizer.headers });
    expect(forbidden.statusCode).toBe(403);
  });
});
