import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoAssociation } from '../../db/seed/demo.ts';
import { formatPhone } from '../platform/shared/phone.ts';
import { buildPerson } from '../features/people/register/people.factories.ts';
import { createTestApp, login, TEST_PASSWORD, type TestApp, type TestSession } from './testing.ts';

// Walks every GET route as the demo association's admin and fails when an answer shows other
// people's data without exactly one new entry in the audit log: a route added later cannot
// forget. An answer shows people's data when it is about a person named in its path, or holds a
// demo person's e-mail address, phone number or name. Only the routes below may show names
// unaudited — of office holders, to those who work with them — and never contact data.

const namesOnly: Record<string, string> = {
  '/api/local-groups': 'each group names its coordinator',
  '/api/local-groups/:id': 'the group names its coordinator',
  '/api/committees': 'the board and committees with their members and titles',
  '/api/activities': "each activity names its contact person (an organizer's role)",
  '/api/campaigns': 'each campaign names the person responsible for it',
  '/api/activities/:id': 'the activity names its contact person',
  '/api/activities/:id/report': 'the report names who reported it',
  '/api/me/activities': "my group's activities name their contact persons",
  '/api/lists': 'each saved list names the account that owns it',
  '/api/lists/:id': 'the saved list names the account that owns it',
  '/api/audit-log': 'names the accounts that acted; whose data is told by id only',
  '/api/audit-log/readers': 'names the accounts that read',
};

let t: TestApp;
let admin: TestSession;
let adminAccountId: string;
let organizationId: string;
let slug: string;
interface Someone {
  id: string;
  name: string;
  nameJson: string;
  contact: string[];
}
let others: Someone[] = [];
const unusedPeople: string[] = [];
const ids: Record<string, string> = {};

/** The first id a query finds, or a made-up one. */
async function firstId(query: ReturnType<typeof sql<{ id: string }>>) {
  const rows = await query.execute(t.db);
  return rows.rows[0]?.id ?? '5f2a3a1e-8c4b-4f8e-9b1a-000000000000';
}

beforeAll(async () => {
  t = await createTestApp();
  await t.db
    .transaction()
    .execute((trx) => createDemoAssociation(trx, { adminPassword: TEST_PASSWORD }));
  admin = await login(t.app, 'admin@example.org');
  const account = await t.db
    .selectFrom('accounts')
    .select(['id', 'organization_id', 'person_id'])
    .where('email', '=', 'admin@example.org')
    .executeTakeFirstOrThrow();
  adminAccountId = account.id;
  organizationId = account.organization_id;
  const org = await t.db
    .selectFrom('organizations')
    .select('slug')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  slug = org.slug;
  const first = await t.db
    .selectFrom('people')
    .select(['email'])
    .where('organization_id', '=', organizationId)
    .where('email', 'is not', null)
    .where('id', 'not in', t.db.selectFrom('accounts').select('person_id'))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  // What the demo may lack: a possible duplicate, and a message in the outbox.
  await t.db
    .insertInto('people')
    .values(buildPerson({ organization_id: organizationId, email: first.email }))
    .execute();
  await t.db
    .insertInto('outbox')
    .values({
      organization_id: organizationId,
      to_address: first.email!,
      subject: 'Hej',
      body_text: 'Hej!',
      status: 'stored',
    })
    .execute();
  const people = await t.db
    .selectFrom('people')
    .select(['id', 'first_name', 'last_name', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('id', '!=', account.person_id)
    .orderBy('id')
    .execute();
  others = people.map((person) => ({
    id: person.id,
    name: `${person.first_name} ${person.last_name}`,
    nameJson: `"firstName":"${person.first_name}","lastName":"${person.last_name}"`,
    contact: [
      ...(person.email ? [person.email] : []),
      ...(person.phone ? [person.phone, formatPhone(person.phone)] : []),
    ],
  }));
  unusedPeople.push(...people.map((person) => person.id));
  ids.activities = await firstId(sql<{ id: string }>`select a.id from activities a
    join shifts s on s.activity_id = a.id join signups g on g.shift_id = s.id
    where a.organization_id = ${organizationId} group by a.id order by count(*) desc limit 1`);
  ids['local-groups'] = await firstId(sql<{ id: string }>`select g.id from local_groups g
    join people p on p.local_group_id = g.id where g.organization_id = ${organizationId}
    group by g.id order by count(*) desc limit 1`);
  ids.groupId = ids['local-groups'];
  ids.lists = await firstId(
    sql<{ id: string }>`select id from saved_lists where organization_id = ${organizationId}`,
  );
  ids.meetings = await firstId(sql<{ id: string }>`select m.id from meetings m
    join meeting_speakers s on s.meeting_id = m.id where m.organization_id = ${organizationId}
    group by m.id order by count(*) desc limit 1`);
  ids.elections = await firstId(
    sql<{ id: string }>`select id from elections where organization_id = ${organizationId}`,
  );
}, 60_000);
afterAll(() => t?.close());

/** A real value for each parameter of a path; a person never read before in this walk. */
function concreteUrl(url: string) {
  const segments = url.split('/');
  return segments
    .map((segment, index) =>
      segment.replace(/:(\w+)/, (_, name: string) => {
        if (name === 'slug') return slug;
        if (name === 'token') return 'a'.repeat(43);
        const resource = name === 'id' ? (segments[index - 1] ?? '') : name;
        if (resource === 'people') return unusedPeople.shift()!;
        // Import jobs live in memory: an unknown one answers 404.
        if (resource === 'jobs') return '5f2a3a1e-8c4b-4f8e-9b1a-000000000000';
        const id = ids[resource];
        if (!id) throw new Error(`the walk does not know an id for :${name} in ${url}: add one`);
        return id;
      }),
    )
    .join('/');
}

async function adminEntries() {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('account_id', '=', adminAccountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

it('writes one audit entry for every answer showing people, none twice', async () => {
  const routes = t.app.registeredRoutes.filter(
    (route) => route.method === 'GET' && route.url !== '/*' && !route.url.startsWith('/api/docs'),
  );
  expect(routes.length).toBeGreaterThan(40);
  const audited: string[] = [];
  const failures: string[] = [];
  for (const route of routes) {
    const before = await adminEntries();
    const url = concreteUrl(route.url);
    const response = await t.app.inject({ url, headers: admin.headers });
    const written = (await adminEntries()) - before;
    const body = response.body;
    const isAboutPerson = route.url.startsWith('/api/people/:id') && response.statusCode === 200;
    const contact = others.filter((person) => person.contact.some((c) => body.includes(c)));
    const named = others.filter(
      (person) => body.includes(person.name) || body.includes(person.nameJson),
    );
    const showsPeople = isAboutPerson || contact.length > 0 || named.length > 0;
    const mayGoUnaudited = route.url in namesOnly && contact.length === 0;
    if (written > 1) failures.push(`${route.url}: ${written} entries for one answer`);
    if (showsPeople && !mayGoUnaudited && written !== 1) {
      failures.push(`${route.url} (${response.statusCode}) shows people but wrote ${written}`);
    }
    if (route.url in namesOnly && contact.length > 0) {
      failures.push(`${route.url} may show names only, but shows contact data`);
    }
    if (written === 1) audited.push(route.url);
  }
  expect(failures).toEqual([]);
  // The walk reached the data: each of these showed people, and logged it.
  expect(audited.sort()).toEqual(
    [
      '/api/accounts',
      '/api/activities/:id/signups',
      '/api/duplicates',
      '/api/lists/:id/people',
      '/api/local-groups/:id/members',
      '/api/board-roles',
      '/api/meeting-tasks',
      '/api/meetings/:id',
      '/api/meetings/:id/attendance',
      '/api/meetings/:id/follow-up',
      '/api/meetings/:id/live',
      '/api/meetings/:id/minutes',
      '/api/meetings/:id/proposals',
      '/api/outbox',
      '/api/people',
      '/api/people/:id',
      '/api/people/:id/consents',
      '/api/people/:id/duplicates',
      '/api/people/:id/timeline',
      '/api/retention/people',
    ].sort(),
  );
}, 120_000);

it('keeps no names or contact data in any entry the walk wrote', async () => {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('details')
    .where('organization_id', '=', organizationId)
    .execute();
  const text = JSON.stringify(rows);
  const found = others.filter(
    (person) => text.includes(person.name) || person.contact.some((c) => text.includes(c)),
  );
  expect(found.map((person) => person.id)).toEqual([]);
});
