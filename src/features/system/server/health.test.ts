import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestSession,
} from '../../../server/testing.ts';

// Outages are answered honestly: 503 with Retry-After, and the health check names what failed.
// A full disk is simulated with a trigger that fails as PostgreSQL does then (SQLSTATE 53100).

let t: TestApp;
let organizer: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  const org = await seedAssociation(t.db, 'halsa');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

async function failWritesTo(table: string) {
  await sql`create or replace function fail_as_disk_full() returns trigger language plpgsql as $$
    begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`.execute(
    t.db,
  );
  await sql`create trigger disk_full before insert or update on ${sql.table(table)}
    for each row execute function fail_as_disk_full()`.execute(t.db);
  return () => sql`drop trigger disk_full on ${sql.table(table)}`.execute(t.db);
}

it('is ok when the database reads and writes', async () => {
  const response = await t.app.inject({ url: '/api/health' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ status: 'ok' });
});

it('answers 503 naming the writes when the database refuses them, and ok again after', async () => {
  const heal = await failWritesTo('health_probe');
  const response = await t.app.inject({ url: '/api/health' });
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('30');
  expect(response.json()).toMatchObject({
    code: 'unavailable',
    errors: [{ path: 'database.write', code: 'failing' }],
  });
  await heal();
  expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
});

it('answers any write the full disk refuses with 503 and Retry-After, not 500', async () => {
  const heal = await failWritesTo('tags');
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/tags',
    headers: organizer.headers,
    payload: { name: 'Valet', colour: '#1c5d99' },
  });
  await heal();
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('30');
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
});
