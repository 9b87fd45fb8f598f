import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import { createAccount } from '../../accounts/server/accounts.queries.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  TEST_PASSWORD,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;
let coordinator: TestSession;
let tagId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'listor');
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
  const [north, south] = org.groupIds;
  const people = [
    {
      key: 'anna',
      first_name: 'Anna',
      last_name: 'Åberg',
      city: 'Huddinge',
      birth_year: 1950,
      local_group_id: north,
      phone: '+46701740601',
      created_at: '2021-03-01T10:00:00Z',
    },
    {
      key: 'bo',
      first_name: 'Bo',
      last_name: 'Ek',
      city: 'Flemingsberg',
      birth_year: 1990,
      local_group_id: south,
      is_member: false,
      created_at: '2022-06-15T10:00:00Z',
    },
    {
      key: 'cia',
      first_name: 'Cia',
      last_name: 'Öst',
      city: 'HUDDINGE',
      birth_year: 2001,
      local_group_id: null,
      membership_status: 'lapsed' as const,
      created_at: '2022-09-01T23:30:00Z',
    },
  ];
  for (const { key, ...values } of people) {
    const row = await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, ...values }))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
  const tag = await t.app.inject({
    method: 'POST',
    url: '/api/tags',
    headers: organizer.headers,
    payload: { name: 'Valarbetare', colour: '#c8102e' },
  });
  tagId = tag.json().id;
  await t.app.inject({
    method: 'POST',
    url: '/api/people/tags',
    headers: organizer.headers,
    payload: { personIds: [ids.anna, ids.bo], tagIds: [tagId], action: 'add' },
  });
});
afterAll(() => t.close());

const group = (op: 'and' | 'or', conditions: object[], not = false) => ({
  type: 'group',
  op,
  not,
  conditions,
});

async function search(filter: object, session = organizer, extra: object = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/people/search',
    headers: session.headers,
    payload: { filter, limit: 200, ...extra },
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { items: { id: string; lastName: string }[]; total: number };
  return {
    ...body,
    names: body.items.map((p) => p.lastName).filter((n) => ['Åberg', 'Ek', 'Öst'].includes(n)),
  };
}

describe('filters', () => {
  it('combine conditions with AND, OR and NOT', async () => {
    const inHuddinge = { type: 'text', field: 'city', op: 'equals', value: 'huddinge' };
    const tagged = { type: 'tag', tagIds: [tagId] };
    expect((await search(group('and', [inHuddinge, tagged]))).names).toEqual(['Åberg']);
    // Swedish alphabetical order: Å and Ö come after Z.
    expect((await search(group('or', [inHuddinge, tagged]))).names).toEqual(['Ek', 'Åberg', 'Öst']);
    expect((await search(group('and', [inHuddinge, group('or', [tagged], true)]))).names).toEqual([
      'Öst',
    ]);
    expect((await search(group('and', [{ type: 'membership', isMember: false }]))).names).toEqual([
      'Ek',
    ]);
  });

  it('test text without regard to case or Swedish letters’ case, and phones written any way', async () => {
    expect(
      (
        await search(
          group('and', [{ type: 'text', field: 'lastName', op: 'startsWith', value: 'åB' }]),
        )
      ).names,
    ).toEqual(['Åberg']);
    expect(
      (
        await search(
          group('and', [{ type: 'text', field: 'phone', op: 'equals', value: '070-174 06 01' }]),
        )
      ).names,
    ).toEqual(['Åberg']);
    expect(
      (await search(group('and', [{ type: 'text', field: 'city', op: 'contains', value: '%' }])))
        .total,
    ).toBe(0);
  });

  it('test local groups (or none), tags, dates in Swedish days, birth years and status', async () => {
    const none = await search(
      group('and', [{ type: 'localGroup', localGroupIds: [], includeNone: true }]),
    );
    expect(none.names).toEqual(['Öst']);
    // 23:30 UTC on 1 September is 2 September in Stockholm.
    const september = await search(
      group('and', [{ type: 'date', field: 'createdAt', from: '2022-09-02', to: '2022-09-02' }]),
    );
    expect(september.names).toEqual(['Öst']);
    const young = await search(group('and', [{ type: 'birthYear', from: 1980 }]));
    expect(young.names).toEqual(['Ek', 'Öst']);
    const lapsed = await search(group('and', [{ type: 'membershipStatus', statuses: ['lapsed'] }]));
    expect(lapsed.names).toEqual(['Öst']);
    const both = await search(
      group('and', [{ type: 'tag', tagIds: [tagId, tagId], match: 'all' }]),
    );
    expect(both.names).toEqual(['Ek', 'Åberg']);
  });

  it('count without rows, sort, and stay within a coordinator’s groups', async () => {
    const all = await search(group('and', []));
    const counted = await search(group('and', []), organizer, { limit: 0 });
    expect(counted.items).toEqual([]);
    expect(counted.total).toBe(all.total);
    const byCity = await search(group('and', [{ type: 'birthYear', from: 1900 }]), organizer, {
      sort: { field: 'city', direction: 'desc' },
    });
    expect(byCity.names).toEqual(['Åberg', 'Öst', 'Ek']);
    const scoped = await search(group('or', [{ type: 'birthYear', from: 1900 }]), coordinator);
    expect(scoped.names).toEqual(['Åberg']);
  });

  it('reject a malformed filter with the failing path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people/search',
      headers: organizer.headers,
      payload: {
        filter: group('and', [{ type: 'text', field: 'password', op: 'contains', value: 'x' }]),
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toMatch(/^body\.filter\.conditions\.0/);
  });
});

describe('saved lists', () => {
  it('are queries, re-evaluated when opened, private unless shared', async () => {
    const filter = group('and', [{ type: 'text', field: 'city', op: 'equals', value: 'huddinge' }]);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/lists',
      headers: organizer.headers,
      payload: { name: 'Huddingebor', filter },
    });
    expect(created.statusCode, created.body).toBe(201);
    const listId = created.json().id as string;
    const people = () =>
      t.app
        .inject({ url: `/api/lists/${listId}/people`, headers: organizer.headers })
        .then((r) => r.json());
    expect((await people()).total).toBe(2);
    await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, city: 'Huddinge' }))
      .execute();
    expect((await people()).total).toBe(3);

    await createAccount(t.db, {
      organizationId: org.id,
      email: 'annan@listor.example.org',
      firstName: 'Annan',
      lastName: 'Organisatör',
      role: 'organizer',
      password: TEST_PASSWORD,
    });
    const colleague = await login(t.app, 'annan@listor.example.org');
    const hidden = await t.app.inject({ url: `/api/lists/${listId}`, headers: colleague.headers });
    expect(hidden.statusCode).toBe(404);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/lists/${listId}`,
      headers: organizer.headers,
      payload: { isShared: true },
    });
    const shared = await t.app.inject({ url: '/api/lists', headers: colleague.headers });
    expect(shared.json().items).toMatchObject([{ id: listId, isShared: true, isMine: false }]);
    const remove = await t.app.inject({
      method: 'DELETE',
      url: `/api/lists/${listId}`,
      headers: colleague.headers,
    });
    expect(remove.statusCode).toBe(403);
    const own = await t.app.inject({
      method: 'DELETE',
      url: `/api/lists/${listId}`,
      headers: organizer.headers,
    });
    expect(own.statusCode).toBe(200);
  });
});
