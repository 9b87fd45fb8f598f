import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import type { Database } from './connect.ts';
import { listMigrations, migrate, migrationChecksum, type Migration } from './migrate.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function recorded() {
  const result = await sql<{ name: string; checksum: string | null }>`
    select name, checksum from schema_migrations order by name`.execute(database.db);
  return result.rows;
}

function edit(migrations: Migration[], name: string, text: string): Migration[] {
  return migrations.map((m) =>
    m.name === name ? { ...m, sql: text, checksum: migrationChecksum(text) } : m,
  );
}

it('records the SHA-256 of every applied migration', async () => {
  const expected = listMigrations().map(({ name, checksum }) => ({ name, checksum }));
  expect(await recorded()).toEqual(expected);
  expect(expected[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
});

it('fails, naming the file, when an applied migration was edited', async () => {
  const before = await recorded();
  const migrations = listMigrations();
  const edited = edit(migrations, migrations[2]!.name, `${migrations[2]!.sql}\n-- a change\n`);
  const error = await migrate(database.db, edited).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(
    /^migration 0003_people_register\.sql was edited after it was applied .* new migration/,
  );
  // Nothing was applied or rewritten.
  expect(await recorded()).toEqual(before);
});

it('does not count CRLF line endings as an edit', async () => {
  const crlf = listMigrations().map((m) => {
    const text = m.sql.replace(/\n/g, '\r\n');
    return { ...m, sql: text, checksum: migrationChecksum(text) };
  });
  expect(crlf[0]!.sql).toContain('\r\n');
  expect(crlf[0]!.checksum).toBe(listMigrations()[0]!.checksum);
  expect(await migrate(database.db, crlf)).toEqual({ applied: [] });
});

it('fills in the checksums of a database migrated before they were recorded, then checks them', async () => {
  await sql`alter table schema_migrations drop column checksum`.execute(database.db);
  expect(await migrate(database.db)).toEqual({ applied: [] });
  const expected = listMigrations().map(({ name, checksum }) => ({ name, checksum }));
  expect(await recorded()).toEqual(expected);

  // A row written without a checksum (an older server) is filled in the same way.
  await sql`update schema_migrations set checksum = null where name = ${expected[0]!.name}`.execute(
    database.db,
  );
  expect(await migrate(database.db)).toEqual({ applied: [] });
  expect(await recorded()).toEqual(expected);

  const edited = edit(listMigrations(), expected[0]!.name, 'select 1;');
  await expect(migrate(database.db, edited)).rejects.toThrow(/0001_organizations\.sql was edited/);
});

it('records the checksum of a migration it applies', async () => {
  const extra = { name: '9999_test_extra', sql: 'create table test_extra (id integer);' };
  const migrations = [...listMigrations(), { ...extra, checksum: migrationChecksum(extra.sql) }];
  expect(await migrate(database.db, migrations)).toEqual({ applied: [extra.name] });
  expect((await recorded()).at(-1)).toEqual({
    name: extra.name,
    checksum: migrationChecksum(extra.sql),
  });
});

it("takes the features' migrations with the foundation's, in number order, each number once", () => {
  const root = mkdtempSync(join(tmpdir(), 'grasrot-migrations-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('db/0001_base.sql', 'select 1;');
  write('features/meetings/migrations/0003_meetings.sql', 'select 3;');
  write('features/tags/migrations/0002_tags.sql', 'select 2;');
  write('features/tags/migrations/README.md', 'not a migration');
  mkdirSync(join(root, 'features/people'));
  const from = { foundation: join(root, 'db'), features: join(root, 'features') };
  expect(listMigrations(from).map((m) => m.name)).toEqual([
    '0001_base',
    '0002_tags',
    '0003_meetings',
  ]);

  write('features/people/migrations/0003_people.sql', 'select 4;');
  expect(() => listMigrations(from)).toThrow(/two migrations have the number 0003/);
  rmSync(root, { recursive: true });
});

it('finds every migration of this checkout, numbered without gaps', () => {
  const numbers = listMigrations().map((m) => Number(m.name.slice(0, 4)));
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
});
