import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../db/connect.ts';
import { listMigrations } from '../../db/migrate.ts';
import { verifyPassword } from '../platform/server/secrets.ts';
import { createCliDatabase, runGrasrot, type CliDatabase, type CliRun } from './cli-testing.ts';

// The `grasrot` command as an operator runs it: a child process on a fresh PGlite data dir (or,
// with TEST_DATABASE_URL, a fresh PostgreSQL schema). Each spawn costs 1–3 s (tsx, PGlite), so
// the cases share one database and run in order.

let database: CliDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  database = await createCliDatabase('cli');
  env = database.env;
});
afterAll(() => database?.remove());

const grasrot = (...args: string[]) => runGrasrot(args, env);

function parseJson(run: CliRun) {
  expect(run.stderr, 'nothing on stderr').toBe('');
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines, 'one JSON document on one line').toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

/** A user error: exactly one line on stderr, starting with `grasrot:`, and a non-zero exit. */
function expectUserError(run: CliRun, message: RegExp) {
  expect(run.code, run.stdout + run.stderr).not.toBe(0);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^grasrot: /);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('grasrot migrate', () => {
  it('applies every migration on a new data dir, and none the second time', async () => {
    const first = parseJson(await grasrot('migrate', '--json'));
    expect(first).toEqual({
      database: database.kind,
      applied: listMigrations().map((migration) => migration.name),
    });
    const second = parseJson(await grasrot('migrate', '--json'));
    expect(second).toEqual({ database: database.kind, applied: [] });
  });
});

describe('grasrot org create and user create', () => {
  let password = '';

  it('creates a district and an association below it', async () => {
    const district = parseJson(
      await grasrot(
        'org',
        'create',
        '--slug',
        'stockholms-lan',
        '--name',
        'Vänsterpartiet Stockholms län',
        '--kind',
        'district',
        '--json',
      ),
    );
    expect(district).toMatchObject({ slug: 'stockholms-lan', kind: 'district' });
    const association = parseJson(
      await grasrot(
        'org',
        'create',
        '--slug',
        'botkyrka',
        '--name',
        'Vänsterpartiet Botkyrka',
        '--parent',
        'stockholms-lan',
        '--json',
      ),
    );
    expect(association).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      slug: 'botkyrka',
      name: 'Vänsterpartiet Botkyrka',
      kind: 'association',
    });
  });

  it('creates an organizer with a generated password, printed once', async () => {
    const user = parseJson(
      await grasrot(
        'user',
        'create',
        '--email',
        'Ada.Lovelace@Example.org',
        '--name',
        'Ada Lovelace',
        '--role',
        'organizer',
        '--org',
        'botkyrka',
        '--json',
      ),
    );
    expect(user).toMatchObject({
      email: 'ada.lovelace@example.org',
      role: 'organizer',
      org: 'botkyrka',
    });
    password = String(user.password);
    expect(password.length).toBeGreaterThanOrEqual(10);
  });

  it('the user errors are one line each, and the --json variant prints JSON too', async () => {
    // Only one process may open a PGlite data dir at a time, so the two that do run in turn.
    const [unknown, asJson, duplicate] = await Promise.all([
      grasrot('frobnicate'),
      grasrot('org', 'create', '--name', 'Utan slug', '--json'),
      grasrot('org', 'create', '--slug', 'botkyrka', '--name', 'Igen'),
    ]);
    const noOrg = await grasrot(
      'user',
      'create',
      '--email',
      'grace@example.org',
      '--name',
      'Grace Hopper',
      '--role',
      'activist',
      '--org',
      'nowhere',
    );
    expectUserError(unknown, /unknown command "frobnicate"/);
    expectUserError(duplicate, /slug "botkyrka" already exists/);
    expectUserError(noOrg, /no organization with slug "nowhere"/);
    expectUserError(asJson, /--slug is required/);
    expect(JSON.parse(asJson.stdout)).toEqual({ error: '--slug is required' });
  });

  it('left the database with the tree, the account and a working password', async () => {
    const { db, close } = await connectDatabase(database.connectOptions);
    try {
      const orgs = await db
        .selectFrom('organizations as o')
        .leftJoin('organizations as p', 'p.id', 'o.parent_id')
        .select(['o.slug', 'o.name', 'o.kind', 'p.slug as parent'])
        .orderBy('o.slug')
        .execute();
      expect(orgs).toEqual([
        {
          slug: 'botkyrka',
          name: 'Vänsterpartiet Botkyrka',
          kind: 'association',
          parent: 'stockholms-lan',
        },
        {
          slug: 'stockholms-lan',
          name: 'Vänsterpartiet Stockholms län',
          kind: 'district',
          parent: null,
        },
      ]);
      const account = await db
        .selectFrom('accounts as a')
        .innerJoin('people as p', 'p.id', 'a.person_id')
        .select(['a.email', 'a.role', 'a.password_hash', 'p.first_name', 'p.last_name'])
        .executeTakeFirstOrThrow();
      expect(account).toMatchObject({
        email: 'ada.lovelace@example.org',
        role: 'organizer',
        first_name: 'Ada',
        last_name: 'Lovelace',
      });
      expect(await verifyPassword(account.password_hash, password)).toBe(true);
      // The failed commands above created nothing.
      expect(await db.selectFrom('people').select('id').execute()).toHaveLength(1);
      // The association (not the district) got the activity plan's eleven activity types.
      const types = await db.selectFrom('activity_types').select('organization_id').execute();
      expect(types).toHaveLength(11);
    } finally {
      await close();
    }
  });
});
