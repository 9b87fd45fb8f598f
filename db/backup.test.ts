import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import {
  createTempDir,
  isPostgresAvailable,
  postgresUrl,
  runGrasrot,
  type CliRun,
} from '../src/cli/cli-testing.ts';
import { seedSource } from './backup-testing.ts';
import { tableColumns } from './table-columns.ts';
import { connectDatabase, type ConnectOptions } from './connect.ts';
import { createSession } from '../src/features/accounts/server/sessions.queries.ts';
import type { DB } from './schema.ts';

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
