import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordLogin } from '../src/features/accounts/server/accounts.queries.ts';
import { createSession } from '../src/features/accounts/server/sessions.queries.ts';
import { createToken } from '../src/features/accounts/server/tokens.queries.ts';
import { buildPerson } from '../src/features/people/register/people.factories.ts';
import { main } from '../src/cli/main.ts';
import {
  createTempDir,
  isPostgresAvailable,
  postgresUrl,
  runGrasrot,
  type CliRun,
} from '../src/cli/cli-testing.ts';
import { recordAudit } from '../src/features/audit/server/audit.queries.ts';
import { tableColumns } from './table-columns.ts';
import { connectDatabase, type ConnectOptions } from './connect.ts';
import { migrate } from './migrate.ts';
import type { DB } from './schema.ts';
import { createDemoAssociation } from './seed/demo.ts';

// `grasrot backup` and `grasrot restore` as an operator runs them, between PGlite and
// PostgreSQL in both directions; every row of every table must come back exactly.

const hasPostgres = await isPostgresAvailable();
const postgresHost = new URL(postgresUrl).host;
if (!hasPostgres && !process.env.CI) {
  console.warn(`backup.test.ts: no PostgreSQL at ${postgresHost}; skipping the PostgreSQL cases`);
}

let temp: ReturnType<typeof createTempDir>;
let source: string;
let sourceRows: TableRows;

beforeAll(async () => {
  temp = createTempDir('backup');
  source = join(temp.dir, 'source');
  await withDatabase({ dataDir: source }, seedSource);
  sourceRows = await readAllRows({ dataDir: source });
});
afterAll(() => temp?.remove());

/** The demo association plus a row in every table the demo leaves empty, with awkward values. */
async function seedSource(db: Kysely<DB>) {
  await migrate(db);
  await db.transaction().execute(async (trx) => {
    const demo = await createDemoAssociation(trx, {});
    const account = await trx
      .selectFrom('accounts')
      .select(['id', 'email'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const ids = { id: account.id, organizationId: demo.organizationId };
    await createSession(trx, ids);
    await recordLogin(trx, account.id);
    await createToken(trx, {
      ...ids,
      kind: 'password_reset',
      email: account.email,
      accountId: account.id,
    });
    await trx
      .insertInto('people')
      .values(
        buildPerson({
          organization_id: demo.organizationId,
          first_name: 'Zoë "Zee"',
          last_name: "O'Brien\nÅkesson 🌱",
          email: null,
          phone: null,
          is_member: false,
        }),
      )
      .execute();
    await trx.insertInto('health_probe').values({ id: 1 }).execute();
    await trx
      .insertInto('outbox')
      .values({
        organization_id: demo.organizationId,
        to_address: account.email,
        subject: 'Välkommen',
        body_text: 'Rad ett\nRad två',
        status: 'failed',
        attempts: 2,
        last_error: 'connect ECONNREFUSED',
      })
      .execute();
    await trx
      .insertInto('jobs')
      .values({
        organization_id: demo.organizationId,
        kind: 'test.backup',
        payload: JSON.stringify({ accountId: account.id, nested: { list: [1, null, 'å "b"'] } }),
        run_at: '2030-05-01T06:00:00.123456Z',
        attempts: 1,
        last_error: 'Error: connect ECONNREFUSED',
        dedupe_key: `reminder:${account.id}:2030-05-01T08:00:00.000Z`,
      })
      .execute();
    await trx
      .insertInto('consents')
      .values({
        organization_id: demo.organizationId,
        person_id: (await trx.selectFrom('people').select('id').executeTakeFirstOrThrow()).id,
        purpose: 'newsletter',
        given_at: '2022-08-20T10:15:30.123456Z',
        source: 'Valstuga, Huddinge centrum',
        wording: 'Jag vill få "nyhetsbrev" – gärna; ofta.',
        withdrawn_at: '2023-01-02T03:04:05Z',
      })
      .execute();
    await trx
      .insertInto('guest_signups')
      .values({
        organization_id: demo.organizationId,
        shift_id: (await trx.selectFrom('shifts').select('id').executeTakeFirstOrThrow()).id,
        first_name: 'Gäst',
        last_name: 'Gästsson',
        email: 'gast@example.org',
        consent_wording: 'Jag samtycker till att "föreningen" sparar mina uppgifter.',
        token_hash: 'a'.repeat(64),
        expires_at: '2030-05-01T06:00:00.123456Z',
      })
      .execute();
    const [firstPerson, secondPerson] = (
      await trx.selectFrom('people').select('id').orderBy('id').limit(2).execute()
    ).map((row) => row.id);
    await trx
      .insertInto('distinct_people')
      .values({
        organization_id: demo.organizationId,
        first_id: firstPerson!,
        second_id: secondPerson!,
      })
      .execute();
    await trx
      .insertInto('person_notes')
      .values({
        organization_id: demo.organizationId,
        person_id: firstPerson!,
        author_account_id: account.id,
        body: 'Ringde 12:e – "vill ha" flygblad\npå arabiska; ring igen.',
        created_at: '2024-02-29T23:59:59.999999Z',
      })
      .execute();
    await trx
      .insertInto('calendar_feeds')
      .values({ organization_id: demo.organizationId, person_id: firstPerson!, token_hash: 'b' })
      .execute();
    await recordAudit(trx, {
      organizationId: demo.organizationId,
      accountId: account.id,
      action: 'person.update',
      personId: (await trx.selectFrom('people').select('id').executeTakeFirstOrThrow()).id,
      details: { fields: ['city', 'notes'], nested: { quote: 'a "b" \\ c', list: [1, null] } },
    });
  });
}

type TableRows = Record<string, string[]>;

async function withDatabase<T>(options: ConnectOptions, work: (db: Kysely<DB>) => Promise<T>) {
  const database = await connectDatabase(options);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

/** Every row of every table as PostgreSQL's own JSON text (full timestamp precision), sorted. */
function readAllRows(options: ConnectOptions): Promise<TableRows> {
  return withDatabase(options, (db) =>
    db.transaction().execute(async (trx) => {
      await sql`set local timezone to 'UTC'`.execute(trx);
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'
        order by table_name`.execute(trx);
      const rows: TableRows = {};
      for (const { table_name } of tables.rows) {
        const result = await sql<{ row: string }>`
          select to_jsonb(t)::text as row from ${sql.table(table_name)} t`.execute(trx);
        rows[table_name] = result.rows.map((row) => row.row).sort();
      }
      return rows;
    }),
  );
}

function expectUserError(run: CliRun, message: RegExp) {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

/** Equal tables and rows; on a difference, shows a few rows found on one side only. */
function expectSameRows(actual: TableRows, expected: TableRows) {
  const { schema_migrations: migrated, ...data } = actual;
  const { schema_migrations: sourceMigrated, ...sourceData } = expected;
  expect(migrated?.length).toBe(sourceMigrated?.length);
  expect(Object.keys(data)).toEqual(Object.keys(sourceData));
  for (const [table, rows] of Object.entries(sourceData)) {
    const restored = data[table] ?? [];
    const missing = rows.filter((row) => !restored.includes(row)).slice(0, 2);
    const extra = restored.filter((row) => !rows.includes(row)).slice(0, 2);
    expect({ table, missing, extra }).toEqual({ table, missing: [], extra: [] });
    expect(restored.length, table).toBe(rows.length);
  }
}

it('the source has rows in every table, so the comparisons below mean something', () => {
  for (const [table, rows] of Object.entries(sourceRows)) {
    expect(rows.length, table).toBeGreaterThan(0);
  }
});

// The PostgreSQL pass of `npm test` (TEST_DATABASE_URL set) runs only the PostgreSQL cases.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('backup and restore on PGlite', () => {
  it('a backup restores into a fresh data dir with every row equal', async () => {
    const file = join(temp.dir, 'pglite.gz');
    const backup = await runGrasrot(['backup', file, '--json'], { GRASROT_DATA_DIR: source });
    expect(backup.code, backup.stderr).toBe(0);
    const summary = JSON.parse(backup.stdout) as { tables: Record<string, number> };
    expect(summary.tables.people).toBe(sourceRows.people!.length);

    const copy = join(temp.dir, 'copy');
    const restore = await runGrasrot(['restore', file], { GRASROT_DATA_DIR: copy });
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(
      new RegExp(`^restored \\d+ rows in ${Object.keys(tableColumns).length} tables from `),
    );
    expectSameRows(await readAllRows({ dataDir: copy }), sourceRows);

    // Restoring again, now into a database with data, is refused and changes nothing.
    const again = await runGrasrot(['restore', file], { GRASROT_DATA_DIR: copy });
    expectUserError(again, /^grasrot: the database is not empty; restore into an empty/);
    expectSameRows(await readAllRows({ dataDir: copy }), sourceRows);
  });

  it('a file that is not a backup is named in a one-line error', async () => {
    const cases: [string, Buffer][] = [
      ['plain.gz', Buffer.from('hello, not gzip')],
      ['other.gz', gzipSync(JSON.stringify({ format: 'something-else', version: 1 }))],
      ['broken.gz', gzipSync('{"format":"grasrot-backup",')],
      ['no-tables.gz', gzipSync(JSON.stringify({ format: 'grasrot-backup', version: 1 }))],
    ];
    for (const [name, content] of cases) {
      const file = join(temp.dir, name);
      writeFileSync(file, content);
      const err: string[] = [];
      const code = await main(['restore', file], { out: () => {}, err: (line) => err.push(line) });
      expect(code, name).toBe(1);
      expect(err).toEqual([`grasrot: ${file} is not a Gräsrot backup`]);
    }
  });

  it('a backup to a directory that does not exist is a one-line error', async () => {
    const file = join(temp.dir, 'no-such-dir', 'x.gz');
    const backup = await runGrasrot(['backup', file], { GRASROT_DATA_DIR: source });
    expectUserError(backup, /^grasrot: cannot write .*x\.gz/);
  });
});

const describePostgres = hasPostgres || process.env.CI ? describe : describe.skip;

describePostgres(`backup and restore across PostgreSQL at ${postgresHost}`, () => {
  const schema = `restore_${randomBytes(5).toString('hex')}`;
  const postgresEnv = (name: string) => ({ DATABASE_URL: postgresUrl, DATABASE_SCHEMA: name });

  beforeAll(async () => {
    // Under CI a missing server is a failure, not a skip.
    if (!hasPostgres) throw new Error(`CI=true but no PostgreSQL answers at ${postgresHost}`);
    await withDatabase({ databaseUrl: postgresUrl }, async (db) => {
      await sql`create schema ${sql.id(schema)}`.execute(db);
    });
  });
  afterAll(async () => {
    if (!hasPostgres) return;
    await withDatabase({ databaseUrl: postgresUrl }, async (db) => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    });
  });

  it('a PGlite backup restores into an empty PostgreSQL schema, and back, with every row equal', async () => {
    const fromPglite = join(temp.dir, 'from-pglite.gz');
    expect((await runGrasrot(['backup', fromPglite], { GRASROT_DATA_DIR: source })).code).toBe(0);
    const restore = await runGrasrot(['restore', fromPglite, '--json'], postgresEnv(schema));
    expect(restore.code, restore.stderr).toBe(0);
    expectSameRows(await readAllRows({ databaseUrl: postgresUrl, schema }), sourceRows);

    // Rows written by PostgreSQL itself, whose clock has microseconds (PGlite's has not).
    await withDatabase({ databaseUrl: postgresUrl, schema }, async (db) => {
      const account = await db
        .selectFrom('accounts')
        .select(['id', 'organization_id'])
        .executeTakeFirstOrThrow();
      await createSession(db, { id: account.id, organizationId: account.organization_id });
      await db
        .updateTable('people')
        .set({ updated_at: sql`now()` })
        .execute();
    });
    const inPostgres = await readAllRows({ databaseUrl: postgresUrl, schema });
    expect(inPostgres.people!.join()).toMatch(/:\d\d\.\d{4,6}\+00:00/);

    const fromPostgres = join(temp.dir, 'from-postgres.gz');
    const backup = await runGrasrot(['backup', fromPostgres], postgresEnv(schema));
    expect(backup.code, backup.stderr).toBe(0);
    const back = join(temp.dir, 'back');
    const restoreBack = await runGrasrot(['restore', fromPostgres], { GRASROT_DATA_DIR: back });
    expect(restoreBack.code, restoreBack.stderr).toBe(0);
    expectSameRows(await readAllRows({ dataDir: back }), inPostgres);
  });

  it('restoring into a non-empty PostgreSQL schema is refused and changes nothing', async () => {
    const file = join(temp.dir, 'from-pglite.gz');
    const before = await readAllRows({ databaseUrl: postgresUrl, schema });
    const again = await runGrasrot(['restore', file], postgresEnv(schema));
    expectUserError(again, /^grasrot: the database is not empty/);
    expect(await readAllRows({ databaseUrl: postgresUrl, schema })).toEqual(before);
  });

  it('a schema that does not exist is named, and nothing is created', async () => {
    const run = await runGrasrot(['migrate'], postgresEnv('no_such_schema_here'));
    expectUserError(run, /^grasrot: DATABASE_SCHEMA "no_such_schema_here" does not exist/);
  });
});
