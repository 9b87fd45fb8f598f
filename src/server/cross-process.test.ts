import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type Database } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import {
  isPostgresAvailable,
  postgresUrl,
  startGrasrotServer,
  stopGrasrotServer,
  type ServerProcess,
} from '../cli/cli-testing.ts';
import { createAccount } from '../features/accounts/server/accounts.queries.ts';
import { buildActivity, buildShift } from '../features/activities/schedule/activities.factories.ts';
import { seedActivityTypes } from '../features/activities/schedule/server/activity-types.queries.ts';
import { seedAssociation, TEST_PASSWORD, type TestAssociation } from './testing.ts';

// Two real server processes on one PostgreSQL database: a session or feed address that one
// process has just used (and so keeps in its cache) must stop working there on the very next
// request once the other process ends it. No waiting for a cache to expire.

const hasPostgres = await isPostgresAvailable();
if (!hasPostgres && !process.env.CI) {
  console.warn(
    `cross-process.test.ts: no PostgreSQL at ${new URL(postgresUrl).host}; skipping the test of ` +
      'two server processes on one database',
  );
}
const describePostgres = hasPostgres || process.env.CI ? describe : describe.skip;

interface Client {
  cookie: string;
  csrfToken: string;
}

describePostgres('two server processes on one PostgreSQL database', () => {
  const schema = `cross_${randomBytes(5).toString('hex')}`;
  let database: Database;
  let world: TestAssociation;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    // Under CI a missing server is a failure, not a skip.
    if (!hasPostgres) throw new Error(`CI=true but no PostgreSQL answers at ${postgresUrl}`);
    const admin = await connectDatabase({ databaseUrl: postgresUrl });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
    database = await connectDatabase({ databaseUrl: postgresUrl, schema });
    await migrate(database.db);
    world = await seedAssociation(database.db, 'tva');
    const env = { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schema };
    [a, b] = await Promise.all([startGrasrotServer(env), startGrasrotServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopGrasrotServer(a), stopGrasrotServer(b)]);
    if (!database) return;
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    await database.close();
  });

  const call = (server: ServerProcess, method: string, path: string, who?: Client, body?: object) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  async function logIn(server: ServerProcess, email: string): Promise<Client> {
    const response = await call(server, 'POST', '/api/auth/login', undefined, {
      email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('grasrot_session='));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: cookie!.split(';')[0]!, csrfToken };
  }

  it('a logout on one process is refused by the other on the very next request', async () => {
    const activist = await logIn(a, world.emails.activist);
    // Twice, so that B answers the second time from its cache.
    expect((await call(b, 'GET', '/api/auth/session', activist)).status).toBe(200);
    expect((await call(b, 'GET', '/api/auth/session', activist)).status).toBe(200);
    expect((await call(a, 'POST', '/api/auth/logout', activist)).status).toBe(200);
    expect((await call(b, 'GET', '/api/auth/session', activist)).status).toBe(401);
  });

  it('a role taken away on one process is refused by the other at once', async () => {
    const second = await createAccount(database.db, {
      organizationId: world.id,
      email: 'andra-admin@tva.example.org',
      firstName: 'Andra',
      lastName: 'Admin',
      role: 'admin',
      password: TEST_PASSWORD,
      localGroupId: null,
    });
    const admin = await logIn(a, world.emails.admin);
    const target = await logIn(a, 'andra-admin@tva.example.org');
    expect((await call(b, 'GET', '/api/accounts', target)).status).toBe(200);
    expect((await call(b, 'GET', '/api/accounts', target)).status).toBe(200);
    const changed = await call(a, 'PATCH', `/api/accounts/${second.id}`, admin, {
      role: 'activist',
    });
    expect(changed.status).toBe(200);
    expect((await call(b, 'GET', '/api/accounts', target)).status).toBe(403);
    // Still logged in, as an activist.
    const session = await call(b, 'GET', '/api/auth/session', target);
    expect(((await session.json()) as { user: { role: string } }).user.role).toBe('activist');
  });

  it('a revoked personal feed stops working on the other process at once', async () => {
    const activist = await logIn(a, world.emails.activist);
    const made = await call(a, 'POST', '/api/me/calendar-feed', activist);
    const path = new URL(((await made.json()) as { url: string }).url).pathname;
    expect((await call(b, 'GET', path)).status).toBe(200);
    expect((await call(b, 'GET', path)).status).toBe(200);
    expect((await call(a, 'DELETE', '/api/me/calendar-feed', activist)).status).toBe(200);
    expect((await call(b, 'GET', path)).status).toBe(404);
  });

  it('a coordinator replaced on one process loses the group on the other at once', async () => {
    const admin = await logIn(a, world.emails.admin);
    const coordinator = await logIn(a, world.emails.coordinator);
    const members = `/api/local-groups/${world.groupIds[0]}/members`;
    expect((await call(b, 'GET', members, coordinator)).status).toBe(200);
    expect((await call(b, 'GET', members, coordinator)).status).toBe(200);
    const changed = await call(a, 'PATCH', `/api/local-groups/${world.groupIds[0]}`, admin, {
      coordinatorId: world.personIds.organizer,
    });
    expect(changed.status).toBe(200);
    expect((await call(b, 'GET', members, coordinator)).status).not.toBe(200);
    // Given back, for the tests after this one.
    await call(a, 'PATCH', `/api/local-groups/${world.groupIds[0]}`, admin, {
      coordinatorId: world.personIds.coordinator,
    });
    expect((await call(b, 'GET', members, coordinator)).status).toBe(200);
  });

  it('a merge on one process moves the sessions to the kept person on the other at once', async () => {
    const organizer = await logIn(a, world.emails.organizer);
    const activist = await logIn(a, world.emails.activist);
    const personOf = async () => {
      const session = await call(b, 'GET', '/api/auth/session', activist);
      return ((await session.json()) as { user: { personId: string } }).user.personId;
    };
    expect(await personOf()).toBe(world.personIds.activist);
    expect(await personOf()).toBe(world.personIds.activist);
    const kept = world.memberIds[0];
    const merged = await call(a, 'POST', '/api/people/merge', organizer, {
      keepId: kept,
      mergeId: world.personIds.activist,
      fields: [],
    });
    expect(merged.status).toBe(200);
    expect(await personOf()).toBe(kept);
    world.personIds.activist = kept;
  });

  it("an erasure on one process ends the person's sessions on the other at once", async () => {
    const admin = await logIn(a, world.emails.admin);
    const coordinator = await logIn(a, world.emails.coordinator);
    expect((await call(b, 'GET', '/api/auth/session', coordinator)).status).toBe(200);
    expect((await call(b, 'GET', '/api/auth/session', coordinator)).status).toBe(200);
    const erased = await call(
      a,
      'POST',
      `/api/people/${world.personIds.coordinator}/erase`,
      admin,
      {
        confirm: true,
      },
    );
    expect(erased.status).toBe(200);
    expect((await call(b, 'GET', '/api/auth/session', coordinator)).status).toBe(401);
  });

  it('a sign-up on one process shows on "Min sida" of the other at once', async () => {
    await seedActivityTypes(database.db, world.id);
    const type = await database.db
      .selectFrom('activity_types')
      .select('id')
      .where('organization_id', '=', world.id)
      .executeTakeFirstOrThrow();
    const organizer = await logIn(a, world.emails.organizer);
    const activist = await logIn(a, world.emails.activist);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const made = await call(
      a,
      'POST',
      '/api/activities',
      organizer,
      buildActivity({ typeId: type.id, startsAt, shifts: [buildShift({ startsAt })] }),
    );
    expect(made.status).toBe(201);
    const activity = (await made.json()) as { title: string; shifts: { id: string }[] };
    const signedUp = async () => {
      const mine = (await (await call(b, 'GET', '/api/me/activities', activist)).json()) as {
        signups: { activity: { title: string } }[];
      };
      return mine.signups.map((signup) => signup.activity.title);
    };
    // Twice, so that B answers the second time from its cache.
    expect(await signedUp()).toEqual([]);
    expect(await signedUp()).toEqual([]);
    const signup = await call(a, 'POST', `/api/shifts/${activity.shifts[0]!.id}/signup`, activist);
    expect(signup.status).toBe(201);
    expect(await signedUp()).toEqual([activity.title]);
  });
});
