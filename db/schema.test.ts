import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import type { Database } from './connect.ts';
import { listMigrations, migrate } from './migrate.ts';
import { generatedFiles, generateTypes } from './typegen.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it('the generated files are what the migrations give: types, nullability, defaults, values', async () => {
  const fresh = await generateTypes(database.db);
  expect(Object.keys(fresh)).toEqual(Object.keys(generatedFiles));
  for (const [file, url] of Object.entries(generatedFiles)) {
    const committed = readFileSync(url, 'utf8');
    const stale = `${url.pathname} is out of date; run \`npm run db:types\``;
    expect(fresh[file as keyof typeof fresh], stale).toBe(committed);
  }
});

it('migrations are numbered without gaps and applying them again changes nothing', async () => {
  const names = listMigrations().map((m) => m.name);
  names.forEach((name, index) => expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0')));
  expect(await migrate(database.db)).toEqual({ applied: [] });
});
