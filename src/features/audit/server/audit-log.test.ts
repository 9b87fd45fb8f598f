import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

// The audit log as an admin reads it: filtered by account, action and period, and "who read
// how much" per account over the last 30 days.

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
const accountIds = {} as Record<'organizer' | 'coordinator', string>;

interface Entry {
  action: string;
  actor: { accountId: string; firstName: string } | null;
  people: number | null;
  details: Record<string, unknown>;
  createdAt: string;
}
interface Reader {
  actor: { accountId: string; firstName: string } | null;
  reads: number;
  people: number;
  lastReadAt: string;
}

const day = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'granskning');
  admin = await login(t.app, org.emails.admin);
  for (const role of ['organizer', 'coordinator'] as const) {
    const account = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', org.emails[role])
      .executeTakeFirstOrThrow();
    accountIds[role] = account.id;
  }
  const organizer = await login(t.app, org.emails.organizer);
  const coordinator = await login(t.app, org.emails.coordinator);
  // The organizer: two pages of two, one record, one export of everyone (six people).
  for (const offset of [0, 2]) {
    await t.app.inject({ url: `/api/people?limit=2&offset=${offset}`, headers: organizer.headers });
  }
  await t.app.inject({ url: `/api/people/${org.memberIds[1]}`, headers: organizer.headers });
  const exported = await t.app.inject({
    method: 'POST',
    url: '/api/people/export',
    headers: organizer.headers,
    payload: {},
  });
  expect(exported.json().count).toBe(6);
  // The coordinator: their group's members (themselves, the activist and one member) …
  await t.app.inject({
    url: `/api/local-groups/${org.groupIds[0]}/members`,
    headers: coordinator.headers,
  });
  // … and, long ago, a page of 50.
  await t.db
    .insertInto('audit_log')
    .values({
      organization_id: org.id,
      account_id: accountIds.coordinator,
      action: 'people.list',
      details: JSON.stringify({ list: 'register', offset: 0, limit: 50, count: 50 }),
      created_at: new Date(Date.now() - 40 * day),
    })
    .execute();
}, 60_000);
afterAll(() => t.close());

async function get<T>(url: string, session = admin) {
  const response = await t.app.inject({ url, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

describe('who read how much', () => {
  it('sums, per account and most first, the people shown in the last 30 days', async () => {
    const summary = await get<{ from: string; to: string; items: Reader[] }>(
      '/api/audit-log/readers',
    );
    expect(Date.parse(summary.to) - Date.parse(summary.from)).toBe(30 * day);
    expect(
      summary.items.map((reader) => [reader.actor?.firstName, reader.reads, reader.people]),
    ).toEqual([
      // 2 + 2 listed, 1 opened, 6 exported.
      ['organizer', 4, 11],
      ['coordinator', 1, 3],
    ]);
    expect(Date.now() - Date.parse(summary.items[0]!.lastReadAt)).toBeLessThan(60_000);
  });

  it('covers the period asked for', async () => {
    const from = new Date(Date.now() - 60 * day).toISOString();
    const to = new Date(Date.now() - 20 * day).toISOString();
    const old = await get<{ items: Reader[] }>(`/api/audit-log/readers?from=${from}&to=${to}`);
    expect(
      old.items.map((reader) => [reader.actor?.accountId, reader.reads, reader.people]),
    ).toEqual([[accountIds.coordinator, 1, 50]]);
  });
});

describe('the audit log', () => {
  it('filters by account and action, newest first, with how many people each entry concerns', async () => {
    const organizerLog = await get<{ items: Entry[]; total: number }>(
      `/api/audit-log?accountId=${accountIds.organizer}`,
    );
    expect(organizerLog.items.map((entry) => [entry.action, entry.people])).toEqual([
      ['people.export', 6],
      ['person.view', 1],
      ['people.list', 2],
      ['people.list', 2],
    ]);
    const lists = await get<{ items: Entry[]; total: number }>('/api/audit-log?action=people.list');
    expect(lists.total).toBe(4);
    expect(lists.items.map((entry) => entry.details.list)).toEqual([
      'group-members',
      'register',
      'register',
      'register',
    ]);
  });

  it('filters by period', async () => {
    const to = new Date(Date.now() - 30 * day).toISOString();
    const old = await get<{ items: Entry[] }>(`/api/audit-log?to=${to}`);
    expect(old.items.map((entry) => entry.people)).toEqual([50]);
    const from = new Date(Date.now() - 30 * day).toISOString();
    const recent = await get<{ total: number }>(`/api/audit-log?from=${from}`);
    const all = await get<{ total: number }>('/api/audit-log');
    expect(recent.total).toBe(all.total - 1);
  });

  it('is for admins only', async () => {
    for (const role of ['organizer', 'coordinator', 'activist'] as const) {
      const session = await login(t.app, org.emails[role]);
      for (const url of ['/api/audit-log', '/api/audit-log/readers']) {
        const response = await t.app.inject({ url, headers: session.headers });
        expect(response.statusCode, `${role} ${url}`).toBe(403);
      }
    }
    const anonymous = await t.app.inject({ url: '/api/audit-log/readers' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses an unknown action or a malformed time', async () => {
    for (const query of ['action=person.read', 'from=yesterday']) {
      const response = await t.app.inject({
        url: `/api/audit-log?${query}`,
        headers: admin.headers,
      });
      expect(response.statusCode, query).toBe(400);
    }
  });
});
