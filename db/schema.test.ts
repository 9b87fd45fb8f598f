import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import type { Database } from './connect.ts';
import { listMigrations, migrate } from './migrate.ts';
import { generatedFile, generateTypes } from './typegen.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it('db/schema.generated.ts is what the migrations give: types, nullability, defaults, values', async () => {
  const committed = readFileSync(generatedFile, 'utf8');
  const fresh = await generateTypes(database.db);
  expect(fresh, 'db/schema.generated.ts is out of date; run `npm run db:types`').toBe(committed);
});

it('migrations are numbered without gaps and applying them again changes nothing', async () => {
  const names = listMigrations().map((m) => m.name);
  names.forEach((name, index) => expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0')));
  expect(await migrate(database.db)).toEqual({ applied: [] });
});
