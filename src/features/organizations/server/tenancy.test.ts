import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableColumns } from '../../../../db/table-columns.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let t: TestApp;
let mine: TestAssociation;
let theirs: TestAssociation;
let organizer: TestSession;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  mine = await seedAssociation(t.db, 'mine');
  theirs = await seedAssociation(t.db, 'theirs');
  organizer = await login(t.app, mine.emails.organizer);
  admin = await login(t.app, mine.emails.admin);
});
afterAll(() => t.close());

describe('another association’s records', () => {
  it('every domain table carries organization_id', () => {
    // The associations themselves, and the health check's one row (the installation's, no
    // association's data).
    const installationWide = ['organizations', 'health_probe'];
    for (const [table, columns] of Object.entries(tableColumns)) {
      if (installationWide.includes(table)) continue;
      expect(columns, table).toContain('organization_id');
    }
  });

  it('answer 404 by id and change nothing', async () => {
    const theirGroup = theirs.groupIds[0];
    const before = await t.db
      .selectFrom('local_groups')
      .selectAll()
      .where('id', '=', theirGroup)
      .executeTakeFirstOrThrow();
    const attempts = [
      { session: organizer, method: 'GET', url: `/api/local-groups/${theirGroup}` },
      { session: organizer, method: 'GET', url: `/api/local-groups/${theirGroup}/members` },
      {
        session: organizer,
        method: 'PATCH',
        url: `/api/local-groups/${theirGroup}`,
        payload: { name: 'Kapad' },
      },
      { session: admin, method: 'DELETE', url: `/api/local-groups/${theirGroup}` },
    ] as const;
    for (const attempt of attempts) {
      const response = await t.app.inject({
        method: attempt.method,
        url: attempt.url,
        headers: attempt.session.headers,
        ...('payload' in attempt ? { payload: attempt.payload } : {}),
      });
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
    }
    const theirAccount = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', theirs.emails.admin)
      .executeTakeFirstOrThrow();
    const roleChange = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${theirAccount.id}`,
      headers: admin.headers,
      payload: { role: 'activist' },
    });
    expect(roleChange.statusCode).toBe(404);
    const after = await t.db
      .selectFrom('local_groups')
      .selectAll()
      .where('id', '=', theirGroup)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    const role = await t.db
      .selectFrom('accounts')
      .select('role')
      .where('id', '=', theirAccount.id)
      .executeTakeFirstOrThrow();
    expect(role.role).toBe('admin');
  });

  it('never appear in lists', async () => {
    const groups = await t.app.inject({ url: '/api/local-groups', headers: organizer.headers });
    const ids = (groups.json() as { items: { id: string }[] }).items.map((g) => g.id);
    expect(ids.sort()).toEqual([...mine.groupIds].sort());
    const accounts = await t.app.inject({ url: '/api/accounts', headers: admin.headers });
    const emails = (accounts.json() as { items: { email: string }[] }).items.map((a) => a.email);
    expect(emails.every((email) => email.endsWith('@mine.example.org'))).toBe(true);
  });

  it('cannot be made coordinator or a profile’s local group', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/local-groups',
      headers: organizer.headers,
      payload: { name: 'Ny grupp', coordinatorId: theirs.personIds.activist },
    });
    expect(response.statusCode).toBe(400);
    const activist = await login(t.app, mine.emails.activist);
    const profile = await t.app.inject({
      method: 'PATCH',
      url: '/api/me/profile',
      headers: activist.headers,
      payload: { localGroupId: theirs.groupIds[0] },
    });
    expect(profile.statusCode).toBe(400);
  });
});

describe('a coordinator', () => {
  it('sees their own group’s members with contact details, not another group’s', async () => {
    const coordinator = await login(t.app, mine.emails.coordinator);
    const own = await t.app.inject({
      url: `/api/local-groups/${mine.groupIds[0]}/members`,
      headers: coordinator.headers,
    });
    expect(own.statusCode).toBe(200);
    const members = (own.json() as { items: { id: string; email: string | null }[] }).items;
    expect(members.map((m) => m.id)).toContain(mine.memberIds[0]);
    expect(members.every((m) => m.email)).toBe(true);

    const other = await t.app.inject({
      url: `/api/local-groups/${mine.groupIds[1]}/members`,
      headers: coordinator.headers,
    });
    expect(other.statusCode).toBe(403);
    expect(JSON.stringify(other.json())).not.toContain('@');
  });

  it('edits their group’s description but not its name or coordinator, nor another group', async () => {
    const coordinator = await login(t.app, mine.emails.coordinator);
    const patch = (id: string, payload: object) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/local-groups/${id}`,
        headers: coordinator.headers,
        payload,
      });
    const ok = await patch(mine.groupIds[0], { areaDescription: 'Norra delen av kommunen.' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().areaDescription).toBe('Norra delen av kommunen.');
    expect((await patch(mine.groupIds[0], { name: 'Omdöpt' })).statusCode).toBe(403);
    expect((await patch(mine.groupIds[1], { areaDescription: 'x' })).statusCode).toBe(403);
  });

  it('an activist sees groups but no one’s contact details', async () => {
    const activist = await login(t.app, mine.emails.activist);
    const list = await t.app.inject({ url: '/api/local-groups', headers: activist.headers });
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain('@');
    const members = await t.app.inject({
      url: `/api/local-groups/${mine.groupIds[0]}/members`,
      headers: activist.headers,
    });
    expect(members.statusCode).toBe(403);
  });
});

describe('admin', () => {
  it('cannot remove the last admin', async () => {
    const own = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', mine.emails.admin)
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/accounts/${own.id}`,
      headers: admin.headers,
      payload: { role: 'activist' },
    });
    expect(response.statusCode).toBe(409);
  });
});
