import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import type { Database } from './connect.ts';
import { listMigrations, migrate } from './migrate.ts';
import { tableColumns } from './table-columns.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it('db/schema.ts lists exactly the tables and columns the migrations create', async () => {
  const result = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and table_name <> 'schema_migrations'
    order by table_name, ordinal_position`.execute(database.db);
  const actual: Record<string, string[]> = {};
  for (const row of result.rows) (actual[row.table_name] ??= []).push(row.column_name);
  const expected = Object.fromEntries(
    Object.entries(tableColumns).map(([table, columns]) => [table, [...columns].sort()]),
  );
  for (const table of Object.keys(actual)) actual[table]!.sort();
  expect(actual).toEqual(expected);
});

it('migrations are numbered without gaps and applying them again changes nothing', async () => {
  const names = listMigrations().map((m) => m.name);
  names.forEach((name, index) => expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0')));
  expect(await migrate(database.db)).toEqual({ applied: [] });
});
