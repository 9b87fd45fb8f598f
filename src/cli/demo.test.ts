import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectDatabase } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { buildPerson } from '../features/people/register/people.factories.ts';
import { verifyPassword } from '../platform/server/secrets.ts';
import { createOrganization } from '../features/organizations/server/organizations.queries.ts';
import { createCliDatabase, type CliDatabase } from './cli-testing.ts';
import { main } from './main.ts';

// `grasrot demo` re-creates the demo association: its own rows are replaced, everything else
// in the database stays. Run in-process (main with an io object) on a PGlite data dir, or a
// PostgreSQL schema with TEST_DATABASE_URL.

let database: CliDatabase;

beforeAll(async () => {
  database = await createCliDatabase('demo');
  for (const [name, value] of Object.entries(database.env)) vi.stubEnv(name, value);
  vi.stubEnv('GRASROT_ADMIN_EMAIL', '');
  vi.stubEnv('GRASROT_ADMIN_PASSWORD', '');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.remove();
});

interface DemoJson {
  organizationId: string;
  people: number;
  admin: { email: string; password: string; isGenerated: boolean };
  logins: { role: string; email: string }[];
}

async function runDemo(): Promise<DemoJson> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['demo', '--json'], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join('')) as DemoJson;
}

async function inDatabase<T>(
  work: (db: Awaited<ReturnType<typeof connectDatabase>>['db']) => Promise<T>,
) {
  const { db, close } = await connectDatabase(database.connectOptions);
  try {
    return await work(db);
  } finally {
    await close();
  }
}

describe('grasrot demo', () => {
  let firstRun: DemoJson;

  it('creates the demo association on an empty data dir', async () => {
    firstRun = await runDemo();
    expect(firstRun).toMatchObject({
      people: 68,
      admin: { email: 'admin@example.org', isGenerated: true },
    });
    // Others write the database meanwhile: a new contact in the demo, a second association.
    await inDatabase(async (db) => {
      await db
        .insertInto('people')
        .values(buildPerson({ organization_id: firstRun.organizationId, first_name: 'Tillfällig' }))
        .execute();
      const botkyrka = await createOrganization(db, {
        slug: 'botkyrka',
        name: 'Vänsterpartiet Botkyrka',
        kind: 'association',
        parentSlug: 'stockholms-lan',
      });
      await db
        .insertInto('people')
        .values(buildPerson({ organization_id: botkyrka.id }))
        .execute();
    });
  });

  it('run again, replaces only the demo rows and keeps the rest', async () => {
    vi.stubEnv('GRASROT_ADMIN_EMAIL', 'Ordforande@Huddinge.example.org');
    vi.stubEnv('GRASROT_ADMIN_PASSWORD', 'ett långt lösenord');
    const secondRun = await runDemo();
    expect(secondRun.organizationId).not.toBe(firstRun.organizationId);
    expect(secondRun.admin).toEqual({
      email: 'ordforande@huddinge.example.org',
      password: 'ett långt lösenord',
      isGenerated: false,
    });
    // The same story, so the printed logins are the same.
    expect(secondRun.logins).toEqual(firstRun.logins);

    await inDatabase(async (db) => {
      const orgs = await db
        .selectFrom('organizations')
        .select(['slug', 'id'])
        .orderBy('slug')
        .execute();
      expect(orgs.map((org) => org.slug)).toEqual([
        'botkyrka',
        'huddinge',
        'stockholms-lan',
        'vansterpartiet',
      ]);
      const count = async (organizationId: string) =>
        (
          await db
            .selectFrom('people')
            .select('id')
            .where('organization_id', '=', organizationId)
            .execute()
        ).length;
      // 68 invented people and the admin's own record; the temporary contact is gone.
      expect(await count(secondRun.organizationId)).toBe(69);
      expect(await count(orgs.find((org) => org.slug === 'botkyrka')!.id)).toBe(1);
      expect(await count(firstRun.organizationId)).toBe(0);
      const admin = await db
        .selectFrom('accounts')
        .select(['password_hash', 'organization_id'])
        .where('email', '=', 'ordforande@huddinge.example.org')
        .executeTakeFirstOrThrow();
      expect(admin.organization_id).toBe(secondRun.organizationId);
      expect(await verifyPassword(admin.password_hash, 'ett långt lösenord')).toBe(true);
    });
  });
});

describe('grasrot demo beside a real association', () => {
  let other: CliDatabase;

  beforeAll(async () => {
    other = await createCliDatabase('demo-real');
    for (const [name, value] of Object.entries(other.env)) vi.stubEnv(name, value);
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(database.env)) vi.stubEnv(name, value);
    await other?.remove();
  });

  it('refuses to replace a real association that has the demo slug', async () => {
    const { db, close } = await connectDatabase(other.connectOptions);
    try {
      await migrate(db);
      await createOrganization(db, {
        slug: 'huddinge',
        name: 'Riktiga föreningen',
        kind: 'association',
      });
    } finally {
      await close();
    }
    const err: string[] = [];
    const code = await main(['demo'], { out: () => {}, err: (text) => err.push(text) });
    expect(code).toBe(1);
    expect(err).toEqual([
      'grasrot: the association "huddinge" holds real data, not the demo; refusing to replace it',
    ]);
    const { db: after, close: closeAfter } = await connectDatabase(other.connectOptions);
    try {
      const row = await after
        .selectFrom('organizations')
        .select('name')
        .where('slug', '=', 'huddinge')
        .executeTakeFirstOrThrow();
      expect(row.name).toBe('Riktiga föreningen');
    } finally {
      await closeAfter();
    }
  });
});
