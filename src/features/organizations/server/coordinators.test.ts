import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  TEST_PASSWORD,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';
import { createAccount } from '../../accounts/server/accounts.queries.ts';

// Being a group's coordinator and having the coordinator role are kept in step.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'samordning');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

const setCoordinator = (groupId: string, coordinatorId: string) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/local-groups/${groupId}`,
    headers: organizer.headers,
    payload: { coordinatorId },
  });

it('an activist made coordinator joins the group and may then see its members', async () => {
  const account = await createAccount(t.db, {
    organizationId: org.id,
    email: 'ny.samordnare@samordning.example.org',
    firstName: 'Ny',
    lastName: 'Samordnare',
    role: 'activist',
    password: TEST_PASSWORD,
  });
  expect((await setCoordinator(org.groupIds[1], account.person_id)).statusCode).toBe(200);
  const session = await login(t.app, 'ny.samordnare@samordning.example.org');
  expect(session).toBeTruthy();
  const members = await t.app.inject({
    url: `/api/local-groups/${org.groupIds[1]}/members`,
    headers: session.headers,
  });
  expect(members.statusCode).toBe(200);
  const ids = (members.json() as { items: { id: string }[] }).items.map((m) => m.id);
  expect(ids).toContain(account.person_id);
});

it('refuses a coordinator who belongs to another group', async () => {
  const response = await setCoordinator(org.groupIds[1], org.memberIds[0]);
  expect(response.statusCode).toBe(400);
  expect(response.json().errors[0]).toMatchObject({
    path: 'body.coordinatorId',
    code: 'in_other_group',
  });
});

it('a coordinator is invited to a group, and takes it up when it has no coordinator', async () => {
  const invite = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/invitations', headers: organizer.headers, payload });
  const base = {
    email: 'inbjuden@samordning.example.org',
    firstName: 'In',
    lastName: 'Bjuden',
    role: 'coordinator',
  };
  const missing = await invite(base);
  expect(missing.statusCode).toBe(400);
  expect(missing.json().errors[0]).toMatchObject({
    path: 'body.localGroupId',
    code: 'required_for_coordinator',
  });

  const group = await t.app.inject({
    method: 'POST',
    url: '/api/local-groups',
    headers: organizer.headers,
    payload: { name: 'Östra' },
  });
  const invited = await invite({ ...base, localGroupId: group.json().id });
  expect(invited.statusCode).toBe(201);
  // No e-mail here: the inviter is shown the link once, to pass on.
  const token = /#token=([\w-]+)/.exec(invited.json().link)![1];
  const accepted = await t.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token, password: 'samordnarens lösenord' },
  });
  expect(accepted.json().user.coordinatedLocalGroupIds).toEqual([group.json().id]);
});

it('counts only members, not contacts, in a group’s member count', async () => {
  await t.db
    .insertInto('people')
    .values(
      buildPerson({ organization_id: org.id, local_group_id: org.groupIds[0], is_member: false }),
    )
    .execute();
  const group = await t.app.inject({
    url: `/api/local-groups/${org.groupIds[0]}`,
    headers: organizer.headers,
  });
  const members = await t.db
    .selectFrom('people')
    .select('id')
    .where('local_group_id', '=', org.groupIds[0])
    .where('is_member', '=', true)
    .execute();
  expect(group.json().memberCount).toBe(members.length);
});

it('lists the board in order of office', async () => {
  const board = await t.db
    .insertInto('committees')
    .values({ organization_id: org.id, kind: 'board', name: 'Styrelsen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const titles = ['ledamot', 'kassör', 'ordförande', 'sekreterare'];
  const people = await t.db
    .insertInto('people')
    .values(titles.map(() => buildPerson({ organization_id: org.id })))
    .returning('id')
    .execute();
  await t.db
    .insertInto('committee_members')
    .values(
      people.map((p, i) => ({
        organization_id: org.id,
        committee_id: board.id,
        person_id: p.id,
        title: titles[i]!,
      })),
    )
    .execute();
  const response = await t.app.inject({ url: '/api/committees', headers: organizer.headers });
  const listed = (response.json() as { items: { members: { title: string }[] }[] }).items[0]!
    .members;
  expect(listed.map((m) => m.title)).toEqual(['ordförande', 'kassör', 'sekreterare', 'ledamot']);
});
