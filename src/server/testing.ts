import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connectDatabase, type Database } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import type { DB } from '../../db/schema.ts';
import { roleNames, type RoleName } from '../platform/shared/db-values.generated.ts';
import { createAccount } from '../features/accounts/server/accounts.queries.ts';
import {
  buildLocalGroup,
  buildOrganization,
} from '../features/organizations/organizations.factories.ts';
import { buildPerson } from '../features/people/register/people.factories.ts';
import { createDemoAssociation } from '../../db/seed/demo.ts';
import { buildApp } from './app.ts';
import { SNAPSHOT_ENV } from './test-database.setup.ts';
import { testConfig, type Config } from '../platform/server/config.ts';
import { createLogger } from '../platform/server/logger.ts';
import type { ServerModule } from '../platform/server/module.ts';
import type { Logger } from 'pino';

/** The password every test account gets. */
export const TEST_PASSWORD = 'correct horse battery';

/**
 * A fresh, migrated database: in-memory PGlite, or a new schema on the PostgreSQL server named
 * by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // Under vitest, from the migrated database its global setup dumped (test-database.setup.ts);
    // migrate then only checks that every migration is applied, unchanged.
    const snapshot = process.env[SNAPSHOT_ENV];
    const database = await connectDatabase({
      dataDir: 'memory://',
      ...(snapshot ? { snapshot: readFileSync(snapshot) } : {}),
    });
    await migrate(database.db);
    return database;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = await connectDatabase({ databaseUrl: url });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const database = await connectDatabase({ databaseUrl: url, schema });
  await migrate(database.db);
  return {
    ...database,
    async close() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db);
      await database.close();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<DB>;
  close(): Promise<void>;
}

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { webDir?: string; modules?: ServerModule[]; logger?: Logger; now?: () => Date } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, logger: createLogger('silent'), ...options });
  await app.ready();
  return {
    app,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface TestAssociation {
  id: string;
  slug: string;
  groupIds: [string, string];
  /** Account e-mail addresses by role; the coordinator coordinates groupIds[0]. */
  emails: Record<RoleName, string>;
  personIds: Record<RoleName, string>;
  /** A person in groupIds[0] and one in groupIds[1], without accounts. */
  memberIds: [string, string];
}

/** An association with two local groups and one account per role, all with TEST_PASSWORD. */
export async function seedAssociation(db: Kysely<DB>, slug: string): Promise<TestAssociation> {
  const org = await db
    .insertInto('organizations')
    .values(buildOrganization({ slug, name: `Vänsterpartiet ${slug}` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const groups = await db
    .insertInto('local_groups')
    .values([
      buildLocalGroup({ organization_id: org.id, name: 'Norra' }),
      buildLocalGroup({ organization_id: org.id, name: 'Södra' }),
    ])
    .returning('id')
    .execute();
  const groupIds: [string, string] = [groups[0]!.id, groups[1]!.id];
  const emails = {} as Record<RoleName, string>;
  const personIds = {} as Record<RoleName, string>;
  for (const role of roleNames) {
    const email = `${role}@${slug}.example.org`;
    const account = await createAccount(db, {
      organizationId: org.id,
      email,
      firstName: role,
      lastName: slug,
      role,
      password: TEST_PASSWORD,
      localGroupId: role === 'coordinator' || role === 'activist' ? groupIds[0] : null,
    });
    emails[role] = email;
    personIds[role] = account.person_id;
  }
  await db
    .updateTable('local_groups')
    .set({ coordinator_id: personIds.coordinator })
    .where('id', '=', groupIds[0])
    .execute();
  const members = await db
    .insertInto('people')
    .values([
      buildPerson({ organization_id: org.id, local_group_id: groupIds[0] }),
      buildPerson({ organization_id: org.id, local_group_id: groupIds[1] }),
    ])
    .returning('id')
    .execute();
  return {
    id: org.id,
    slug,
    groupIds,
    emails,
    personIds,
    memberIds: [members[0]!.id, members[1]!.id],
  };
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request with this session. */
  headers: Record<string, string>;
}

export async function login(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = sessionCookie(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** An app with the demo association, and its admin logged in. */
export async function createDemoTestApp(): Promise<{ t: TestApp; admin: TestSession }> {
  const t = await createTestApp();
  await t.db
    .transaction()
    .execute((trx) => createDemoAssociation(trx, { adminPassword: TEST_PASSWORD }));
  return { t, admin: await login(t.app, 'admin@example.org') };
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const set = response.cookies.find((cookie) => cookie.name === 'grasrot_session');
  if (!set) throw new Error('no session cookie set');
  return `${set.name}=${set.value}`;
}
