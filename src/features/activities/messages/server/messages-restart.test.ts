import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectDatabase } from '../../../../../db/connect.ts';
import { migrate } from '../../../../../db/migrate.ts';
import {
  createCliDatabase,
  startGrasrotServer,
  stopGrasrotServer,
  type CliDatabase,
  type ServerProcess,
} from '../../../../cli/cli-testing.ts';
import { seedAssociation, TEST_PASSWORD } from '../../../../server/testing.ts';
import { buildPerson } from '../../../people/register/people.factories.ts';
import { buildActivity } from '../../schedule/activities.factories.ts';
import { seedActivityTypes } from '../../schedule/server/activity-types.queries.ts';
import { insertActivity } from '../../schedule/server/activity-write.service.ts';
import { activityJobKinds, reminderKey } from './messages.service.ts';

// The real server, killed with SIGKILL in the middle of sending reminders, then started again:
// at the kill, every reminder job marked done has its mail and no other has; after the restart
// everyone has exactly one reminder.

const PEOPLE = 2000;
/**
 * Reminders fall due one after another, this far apart, from the moment they are seeded: over
 * 100 s in all. However long the server takes to start on a busy machine (under 100 s), it finds
 * some due and sends them, and most not yet due, so the kill comes in the middle. After the kill
 * the test brings the rest forward, so the restarted server sends them at once.
 */
const SPACING_MS = 50;
const isPostgres = Boolean(process.env.TEST_DATABASE_URL);
let database: CliDatabase;
let server: ServerProcess | undefined;
const admin = { email: 'admin@paminnelse.example.org', password: TEST_PASSWORD };

beforeAll(async () => {
  database = await createCliDatabase('reminders');
  const { db, close } = await connectDatabase(database.connectOptions);
  try {
    await migrate(db);
    const org = await seedAssociation(db, 'paminnelse');
    await seedActivityTypes(db, org.id);
    const type = await db.selectFrom('activity_types').select('id').executeTakeFirstOrThrow();
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const activityId = await db.transaction().execute((trx) =>
      insertActivity(trx, {
        ...buildActivity({ typeId: type.id, title: 'Valstuga', startsAt: startsAt.toISOString() }),
        organizationId: org.id,
        createdBy: null,
      }),
    );
    const shift = await db
      .selectFrom('shifts')
      .select(['id', 'starts_at'])
      .where('activity_id', '=', activityId)
      .executeTakeFirstOrThrow();
    await db.updateTable('shifts').set({ capacity: null }).where('id', '=', shift.id).execute();
    // In batches: one statement takes at most 65,535 parameters.
    const signups: { id: string }[] = [];
    for (let from = 0; from < PEOPLE; from += 1000) {
      const batch = await db
        .insertInto('people')
        .values(
          Array.from({ length: Math.min(1000, PEOPLE - from) }, (_, i) =>
            buildPerson({
              organization_id: org.id,
              email: `medlem${from + i}@paminnelse.example.org`,
            }),
          ),
        )
        .returning('id')
        .execute();
      signups.push(
        ...(await db
          .insertInto('signups')
          .values(
            batch.map((person) => ({
              organization_id: org.id,
              shift_id: shift.id,
              person_id: person.id,
              status: 'confirmed' as const,
              source: 'self' as const,
            })),
          )
          .returning('id')
          .execute()),
      );
    }
    // Due one after another, as reminders of many shifts would be.
    const firstDue = Date.now();
    await db
      .insertInto('jobs')
      .values(
        signups.map((signup, index) => ({
          run_at: new Date(firstDue + index * SPACING_MS),
          organization_id: org.id,
          kind: activityJobKinds.reminder,
          payload: JSON.stringify({ signupId: signup.id, startsAt: shift.starts_at.toISOString() }),
          dedupe_key: reminderKey(signup.id, shift.starts_at),
        })),
      )
      .execute();
  } finally {
    await close();
  }
});
afterAll(async () => {
  await stopGrasrotServer(server);
  await database?.remove();
});

async function jobCounts(url: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/api/admin/jobs?limit=1`, { headers });
  expect(response.status).toBe(200);
  type Counts = Record<'queued' | 'running' | 'done' | 'failed', number>;
  return ((await response.json()) as { counts: Counts }).counts;
}

async function logIn(url: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('grasrot_session='));
  return { cookie: cookie!.split(';')[0]! };
}

it('sends every reminder exactly once across a kill in the middle of sending', async () => {
  server = await startGrasrotServer(database.env);
  const first = await logIn(server.url);
  // Killed once some reminders are out and most are not; the API answers between jobs.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const counts = await jobCounts(server.url, first);
    expect(counts.done, 'all sent before the kill; raise PEOPLE').toBeLessThan(PEOPLE);
    if (counts.done >= 20) break;
    if (Date.now() > deadline) throw new Error(`no reminders sent: ${JSON.stringify(counts)}`);
  }
  server.child.kill('SIGKILL');
  await server.exited;

  const { db, close } = await connectDatabase(database.connectOptions);
  try {
    const done = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'done')
      .where('kind', '=', 'activity.reminder')
      .executeTakeFirstOrThrow();
    const mails = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(done.n).toBeGreaterThan(0);
    expect(done.n).toBeLessThan(PEOPLE);
    // A job is done exactly when its mail is in the outbox.
    expect(mails.n).toBe(done.n);
    // What was not yet due falls due now: the restarted server sends it without the test
    // waiting for the clock.
    await db
      .updateTable('jobs')
      .set({ run_at: sql<Date>`now()` })
      .where('status', '=', 'queued')
      .execute();
    // On PostgreSQL another server might hold a job; time passes until its lease has run out.
    // (PGlite's data directory has one process, which takes such jobs back when it starts.)
    if (isPostgres) {
      await db
        .updateTable('jobs')
        .set({ locked_at: sql<Date>`now() - interval '2 minutes'` })
        .where('status', '=', 'running')
        .execute();
    }
  } finally {
    await close();
  }

  server = await startGrasrotServer(database.env);
  const headers = await logIn(server.url);
  const until = Date.now() + 90_000;
  for (;;) {
    const counts = await jobCounts(server.url, headers);
    if (counts.queued === 0 && counts.running === 0) break;
    if (Date.now() > until) throw new Error(`jobs left: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.child.kill('SIGTERM');
  await server.exited;

  const after = await connectDatabase(database.connectOptions);
  try {
    const perPerson = await after.db
      .selectFrom('outbox')
      .select(['to_address', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('to_address')
      .execute();
    expect(perPerson).toHaveLength(PEOPLE);
    expect(perPerson.every((row) => row.n === 1)).toBe(true);
    const jobs = await after.db
      .selectFrom('jobs')
      .select(['status', (eb) => eb.fn.sum<number>('attempts').as('attempts')])
      .where('kind', '=', 'activity.reminder')
      .groupBy('status')
      .execute();
    expect(jobs.map((row) => row.status)).toEqual(['done']);
    // At most the one job under way at the kill was tried twice.
    expect(Number(jobs[0]!.attempts)).toBeLessThanOrEqual(PEOPLE + 1);
  } finally {
    await after.close();
  }
}, 240_000);
