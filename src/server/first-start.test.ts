import { statSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createCliDatabase,
  startGrasrotServer,
  stopGrasrotServer,
  type CliDatabase,
  type ServerProcess,
} from '../cli/cli-testing.ts';

// Going live: GRASROT_DEMO=false leaves an empty database empty and says what to do next.

let database: CliDatabase;
let server: ServerProcess | undefined;

beforeAll(async () => {
  database = await createCliDatabase('first-start');
  server = await startGrasrotServer({ ...database.env, GRASROT_DEMO: 'false' });
});
afterAll(async () => {
  await stopGrasrotServer(server);
  await database?.remove();
});

it('creates no demo association and prints how to create the real one', async () => {
  const demo = await fetch(`${server!.url}/api/public/organizations/huddinge`);
  expect(demo.status).toBe(404);
  await expect.poll(() => server!.output()).toContain('the database is empty (GRASROT_DEMO=false)');
  expect(server!.output()).toContain('npx grasrot user create');
  expect(server!.output()).not.toContain('password:');
});

it('keeps the embedded database readable by its owner only', () => {
  if (database.kind !== 'pglite') return;
  const dataDir = database.env.GRASROT_DATA_DIR!;
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);
});
