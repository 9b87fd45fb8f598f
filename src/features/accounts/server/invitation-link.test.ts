import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

// Without e-mail, the inviter is shown the invitation link once, to pass on: they are making a
// new account. It never opens the record of a person already in the register, whose address
// the link has not reached: that invitation needs e-mail.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'utanmejl');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

const invite = (email: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: organizer.headers,
    payload: { email, firstName: 'Ny', lastName: 'Person', role: 'activist' },
  });
const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const accept = (token: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token, password: 'mitt alldeles egna lösenord' },
  });

it('shows the inviter the link once; it works, and the outbox has only a placeholder', async () => {
  const response = await invite('helt.ny@utanmejl.example.org');
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as { id: string; link: string; isMailConfigured: boolean };
  expect(body.isMailConfigured).toBe(false);
  expect(body.link).toMatch(/\/invitation#token=[\w-]{40,}$/);
  const mail = await t.db
    .selectFrom('outbox')
    .select('body_text')
    .where('to_address', '=', 'helt.ny@utanmejl.example.org')
    .executeTakeFirstOrThrow();
  expect(mail.body_text).not.toContain(tokenOf(body.link));
  expect(mail.body_text).not.toContain('#token=');

  const audit = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'account.invited')
    .executeTakeFirstOrThrow();
  const inviter = await t.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', org.emails.organizer)
    .executeTakeFirstOrThrow();
  expect(audit).toMatchObject({
    account_id: inviter.id,
    person_id: null,
    details: { tokenId: body.id, role: 'activist', isLinkShown: true },
  });
  expect(JSON.stringify(audit)).not.toContain(tokenOf(body.link));

  const accepted = await accept(tokenOf(body.link));
  expect(accepted.statusCode, accepted.body).toBe(200);
  expect(accepted.json().user).toMatchObject({ email: 'helt.ny@utanmejl.example.org' });
});

it('refuses, before making any link, an address of a person in the register', async () => {
  const member = await t.db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('id', '=', org.memberIds[0])
    .executeTakeFirstOrThrow();
  expect(member.email).toBeTruthy();
  const [tokens, mails] = await Promise.all([
    t.db.selectFrom('account_tokens').select('id').execute(),
    t.db.selectFrom('outbox').select('id').execute(),
  ]);
  const response = await invite(member.email!.toUpperCase());
  expect(response.statusCode).toBe(409);
  expect(response.json().errors).toEqual([
    expect.objectContaining({ path: 'body.email', code: 'in_register' }),
  ]);
  expect(response.body).not.toContain('#token=');
  expect(await t.db.selectFrom('account_tokens').select('id').execute()).toHaveLength(
    tokens.length,
  );
  expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(mails.length);
});

it('a shown link does not take over a person who entered the register after it was made', async () => {
  const email = 'senare.i.registret@utanmejl.example.org';
  const response = await invite(email);
  expect(response.statusCode).toBe(201);
  const person = await t.db
    .insertInto('people')
    .values(buildPerson({ organization_id: org.id, email, first_name: 'Senare' }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const accepted = await accept(tokenOf(response.json().link));
  expect(accepted.statusCode).toBe(409);
  expect(accepted.json().errors).toEqual([
    expect.objectContaining({ path: 'body.token', code: 'person_in_register' }),
  ]);
  expect(
    await t.db.selectFrom('accounts').select('id').where('person_id', '=', person.id).execute(),
  ).toEqual([]);
});
