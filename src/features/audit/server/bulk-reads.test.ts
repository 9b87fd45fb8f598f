import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

// A paged copy of the register leaves one entry per page, with how many people each page
// showed and who read them; searches keep the shape of what was asked, never the words.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;
let organizerAccountId: string;

/** The association's people.list entries, oldest first. */
async function listEntries() {
  return t.db
    .selectFrom('audit_log')
    .select(['account_id', 'person_id', 'details'])
    .where('organization_id', '=', org.id)
    .where('action', '=', 'people.list')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

async function entryCount() {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', org.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'kopia');
  // Six people from the seed (four accounts, two members), 385 more: 391 in the register.
  await t.db
    .insertInto('people')
    .values(Array.from({ length: 385 }, () => buildPerson({ organization_id: org.id })))
    .execute();
  organizer = await login(t.app, org.emails.organizer);
  const account = await t.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', org.emails.organizer)
    .executeTakeFirstOrThrow();
  organizerAccountId = account.id;
}, 60_000);
afterAll(() => t.close());

describe('a paged copy of the register', () => {
  it('leaves one entry per page, whose counts add up to everyone copied, by the reader', async () => {
    const copied = new Set<string>();
    for (const offset of [0, 100, 200, 300]) {
      const response = await t.app.inject({
        url: `/api/people?limit=100&offset=${offset}`,
        headers: organizer.headers,
      });
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: { id: string }[]; total: number };
      expect(page.total).toBe(391);
      for (const person of page.items) copied.add(person.id);
    }
    expect(copied.size).toBe(391);

    const entries = await listEntries();
    expect(entries).toHaveLength(4);
    expect(entries.every((entry) => entry.account_id === organizerAccountId)).toBe(true);
    expect(entries.every((entry) => entry.person_id === null)).toBe(true);
    expect(entries.map((entry) => entry.details)).toEqual(
      [0, 100, 200, 300].map((offset) => ({
        list: 'register',
        query: { q: null, localGroupId: null, isMember: null },
        offset,
        limit: 100,
        count: offset === 300 ? 91 : 100,
      })),
    );
    const counts = entries.map((entry) => (entry.details as { count: number }).count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(391);
  });

  it('logs a page past the end too, showing nobody', async () => {
    const before = await listEntries();
    await t.app.inject({ url: '/api/people?limit=100&offset=400', headers: organizer.headers });
    const after = await listEntries();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.details).toMatchObject({ offset: 400, count: 0 });
  });
});

describe('a search', () => {
  it('keeps that a text was searched for and its length, never the text', async () => {
    const person = await t.db
      .selectFrom('people')
      .select(['first_name', 'last_name', 'email'])
      .where('organization_id', '=', org.id)
      .where('id', '=', org.memberIds[0])
      .executeTakeFirstOrThrow();
    const text = person.email!;
    const response = await t.app.inject({
      url: `/api/people?q=${encodeURIComponent(text)}&isMember=true&limit=8`,
      headers: organizer.headers,
    });
    expect(response.json().items).toHaveLength(1);
    const entry = (await listEntries()).at(-1)!;
    expect(entry.details).toEqual({
      list: 'register',
      query: { q: { length: text.length }, localGroupId: null, isMember: 'true' },
      offset: 0,
      limit: 8,
      count: 1,
    });
    expect(JSON.stringify(entry.details)).not.toContain(person.email!.split('@')[0]!);
  });

  it('of a filter keeps its structure and ids, and of a typed value only the length', async () => {
    const person = await t.db
      .selectFrom('people')
      .select('last_name')
      .where('id', '=', org.memberIds[1])
      .executeTakeFirstOrThrow();
    const filter = {
      type: 'group',
      op: 'and',
      conditions: [
        { type: 'text', field: 'lastName', op: 'equals', value: person.last_name },
        { type: 'localGroup', localGroupIds: [org.groupIds[1]] },
      ],
    };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people/search',
      headers: organizer.headers,
      payload: { filter, limit: 25, offset: 0 },
    });
    expect(response.statusCode).toBe(200);
    const shown = (response.json() as { items: unknown[] }).items.length;
    expect(shown).toBeGreaterThan(0);
    const entry = (await listEntries()).at(-1)!;
    expect(entry.details).toEqual({
      list: 'search',
      query: {
        filter: {
          type: 'group',
          op: 'and',
          not: false,
          conditions: [
            { type: 'text', field: 'lastName', op: 'equals', valueLength: person.last_name.length },
            { type: 'localGroup', localGroupIds: [org.groupIds[1]], includeNone: false },
          ],
        },
        sort: { field: 'lastName', direction: 'asc' },
      },
      offset: 0,
      limit: 25,
      count: shown,
    });
    expect(JSON.stringify(entry.details)).not.toContain(person.last_name);
  });

  it('asked for a count only shows nobody and writes nothing', async () => {
    const before = await entryCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people/search',
      headers: organizer.headers,
      payload: { filter: { type: 'group', op: 'and', conditions: [] }, limit: 0 },
    });
    expect(response.json()).toMatchObject({ items: [], total: 391 });
    expect(await entryCount()).toBe(before);
  });
});

describe('reads of one person', () => {
  it('of my own record write nothing; of another person a view', async () => {
    const coordinator = await login(t.app, org.emails.coordinator);
    const before = await entryCount();
    for (const part of ['', '/timeline', '/consents']) {
      const own = await t.app.inject({
        url: `/api/people/${org.personIds.coordinator}${part}`,
        headers: coordinator.headers,
      });
      expect(own.statusCode).toBe(200);
    }
    expect(await entryCount()).toBe(before);
    await t.app.inject({ url: `/api/people/${org.memberIds[0]}`, headers: coordinator.headers });
    expect(await entryCount()).toBe(before + 1);
  });

  it('of the timeline or consents right after the record are the same look: one view', async () => {
    const admin = await login(t.app, org.emails.admin);
    const views = () =>
      t.db
        .selectFrom('audit_log')
        .select(['details'])
        .where('person_id', '=', org.memberIds[1])
        .where('action', '=', 'person.view')
        .execute();
    // Straight to the consents, as an API client may: a view, naming the part read.
    await t.app.inject({ url: `/api/people/${org.memberIds[1]}/consents`, headers: admin.headers });
    expect((await views()).map((view) => view.details)).toEqual([{ part: 'consents' }]);
    await t.app.inject({ url: `/api/people/${org.memberIds[1]}/timeline`, headers: admin.headers });
    expect(await views()).toHaveLength(1);
  });
});
