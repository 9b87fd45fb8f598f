import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../logger.ts';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { describeJobError, PermanentJobError } from './job-errors.ts';
import { JobWorker } from './job-worker.ts';
import { defineJob } from './job-definition.ts';
import { claimNextJob, deleteFinishedJobs, enqueueJob, RETRY_DELAYS_MS } from './jobs.queries.ts';

// Failures are retried later (1 min, 5 min, 30 min…) up to the job's last attempt, then the job
// is failed; a job left running by a stopped process is taken again when its lease runs out.

let t: TestApp;
let org: TestAssociation;
const log = createLogger('silent');

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'jobbfel');
});
afterAll(() => t.close());

function getJob(id: string) {
  return t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Moves a waiting job's time to now, as if its wait had passed. */
async function makeDue(id: string) {
  await t.db
    .updateTable('jobs')
    .set({ run_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

it('retries a failing job after 1, 5 and 30 minutes, then marks it failed', async () => {
  let calls = 0;
  const worker = new JobWorker(t.db, log);
  worker.register(
    defineJob({
      kind: 'test.flaky',
      payload: z.object({}),
      async run() {
        calls++;
        throw new Error('mail server said no to ada@example.org, tel 070-123 45 67');
      },
    }),
  );
  const job = await enqueueJob(t.db, {
    kind: 'test.flaky',
    organizationId: org.id,
    maxAttempts: 4,
  });

  for (const [index, delayMs] of RETRY_DELAYS_MS.slice(0, 3).entries()) {
    const before = Date.now();
    expect(await worker.runDue()).toBe(1);
    const row = await getJob(job!.id);
    expect(row).toMatchObject({ status: 'queued', attempts: index + 1, finished_at: null });
    // Addresses and numbers never reach the stored error.
    expect(row.last_error).toBe('Error: mail server said no to [e-mail], tel [number]');
    const wait = row.run_at.getTime() - before;
    expect(wait).toBeGreaterThan(delayMs - 5_000);
    expect(wait).toBeLessThan(delayMs + 5_000);
    // Not before its time.
    expect(await worker.runDue()).toBe(0);
    await makeDue(job!.id);
  }
  expect(await worker.runDue()).toBe(1);
  expect(await getJob(job!.id)).toMatchObject({ status: 'failed', attempts: 4 });
  expect((await getJob(job!.id)).finished_at).toBeInstanceOf(Date);
  expect(calls).toBe(4);
  await makeDue(job!.id);
  expect(await worker.runDue()).toBe(0);
});

it('fails at once when trying again cannot help', async () => {
  const worker = new JobWorker(t.db, log);
  worker.register(
    defineJob({
      kind: 'test.permanent',
      payload: z.object({ signupId: z.uuid() }),
      async run() {
        throw new PermanentJobError('the sign-up no longer exists');
      },
    }),
  );
  const bad = await enqueueJob(t.db, { kind: 'test.permanent', payload: { signupId: 42 } });
  const gone = await enqueueJob(t.db, {
    kind: 'test.permanent',
    payload: { signupId: org.personIds.activist },
  });
  expect(await worker.runDue()).toBe(2);
  expect(await getJob(bad!.id)).toMatchObject({
    status: 'failed',
    attempts: 1,
    last_error: 'PermanentJobError: invalid payload: signupId',
  });
  expect(await getJob(gone!.id)).toMatchObject({
    status: 'failed',
    last_error: 'PermanentJobError: the sign-up no longer exists',
  });
});

it('takes a job again once the lease of a stopped worker has run out', async () => {
  let runs = 0;
  const handler = defineJob({
    kind: 'test.lease',
    payload: z.object({}),
    async run() {
      runs++;
    },
  });
  const job = await enqueueJob(t.db, { kind: 'test.lease', organizationId: org.id });
  // A worker claims it and its process dies before running it.
  const claimed = await claimNextJob(t.db, {
    workerId: 'stopped-worker',
    kinds: ['test.lease'],
    leaseMs: 60_000,
  });
  expect(claimed?.id).toBe(job!.id);

  const worker = new JobWorker(t.db, log, { leaseMs: 60_000 });
  worker.register(handler);
  // Still within the lease: left alone.
  expect(await worker.runDue()).toBe(0);
  expect(await getJob(job!.id)).toMatchObject({ status: 'running', locked_by: 'stopped-worker' });

  await t.db
    .updateTable('jobs')
    .set({ locked_at: sql<Date>`now() - interval '2 minutes'` })
    .where('id', '=', job!.id)
    .execute();
  expect(await worker.runDue()).toBe(1);
  expect(runs).toBe(1);
  expect(await getJob(job!.id)).toMatchObject({
    status: 'done',
    attempts: 2,
    locked_by: worker.workerId,
  });
});

it('the only worker of a database takes back jobs left running at once when it starts', async () => {
  const job = await enqueueJob(t.db, { kind: 'test.sole' });
  await claimNextJob(t.db, { workerId: 'stopped-process', kinds: ['test.sole'], leaseMs: 60_000 });
  let runs = 0;
  const worker = new JobWorker(t.db, log, { isSoleWorker: true, pollMs: 60_000 });
  worker.register(
    defineJob({ kind: 'test.sole', payload: z.object({}), run: async () => void runs++ }),
  );
  worker.start();
  try {
    await vi.waitFor(async () => expect((await getJob(job!.id)).status).toBe('done'));
  } finally {
    await worker.stop();
  }
  expect(runs).toBe(1);
  expect((await getJob(job!.id)).attempts).toBe(2);
});

it('a job abandoned on its last attempt is marked failed, not run again', async () => {
  const job = await enqueueJob(t.db, { kind: 'test.abandoned', maxAttempts: 1 });
  await claimNextJob(t.db, { workerId: 'stopped-worker', kinds: ['test.abandoned'], leaseMs: 1 });
  await t.db
    .updateTable('jobs')
    .set({ locked_at: sql<Date>`now() - interval '2 minutes'` })
    .where('id', '=', job!.id)
    .execute();
  const worker = new JobWorker(t.db, log);
  worker.register(
    defineJob({ kind: 'test.abandoned', payload: z.object({}), run: async () => {} }),
  );
  expect(await worker.runDue()).toBe(0);
  expect(await getJob(job!.id)).toMatchObject({ status: 'failed', attempts: 1 });
});

it('deletes done jobs after 30 days and failed ones after 90', async () => {
  const ages = { 'prune:done-new': 29, 'prune:done-old': 31, 'prune:failed-old': 89 };
  const failedOlder = await enqueueJob(t.db, {
    kind: 'test.prune',
    dedupeKey: 'prune:failed-older',
  });
  await t.db
    .updateTable('jobs')
    .set({ status: 'failed', finished_at: sql<Date>`now() - interval '91 days'` })
    .where('id', '=', failedOlder!.id)
    .execute();
  for (const [key, days] of Object.entries(ages)) {
    const job = await enqueueJob(t.db, { kind: 'test.prune', dedupeKey: key });
    await t.db
      .updateTable('jobs')
      .set({
        status: key.includes('failed') ? 'failed' : 'done',
        finished_at: sql<Date>`now() - ${days} * interval '1 day'`,
      })
      .where('id', '=', job!.id)
      .execute();
  }
  await enqueueJob(t.db, { kind: 'test.prune', dedupeKey: 'prune:queued' });

  expect(await deleteFinishedJobs(t.db, { doneDays: 30, failedDays: 90 })).toBe(2);
  const left = await t.db
    .selectFrom('jobs')
    .select('dedupe_key')
    .where('kind', '=', 'test.prune')
    .orderBy('dedupe_key')
    .execute();
  expect(left.map((row) => row.dedupe_key)).toEqual([
    'prune:done-new',
    'prune:failed-old',
    'prune:queued',
  ]);
});

it('deletes them with a periodic job of its own, queued for the next hour once it has run', async () => {
  // (This hour's run may have been made by an earlier test's worker: one run a slot.)
  await t.db.deleteFrom('jobs').where('kind', '=', 'jobs.prune').execute();
  const old = await enqueueJob(t.db, { kind: 'test.prune', dedupeKey: 'prune:ancient' });
  await t.db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: sql<Date>`now() - interval '40 days'` })
    .where('id', '=', old!.id)
    .execute();
  const worker = new JobWorker(t.db, log);
  worker.start();
  await worker.runDue();
  await worker.stop();
  const left = await t.db.selectFrom('jobs').select('id').where('id', '=', old!.id).execute();
  expect(left).toEqual([]);
  const runs = await t.db
    .selectFrom('jobs')
    .select(['status', 'run_at'])
    .where('kind', '=', 'jobs.prune')
    .orderBy('run_at')
    .execute();
  expect(runs.map((run) => run.status)).toEqual(['done', 'queued']);
  expect(runs[1]!.run_at.getTime() % 3_600_000).toBe(0);
});

it('keeps ids in an error but not addresses or personal numbers', () => {
  const id = '12345678-1234-4234-8234-123456789012';
  expect(describeJobError(new Error(`sign-up ${id} for 19850312-1234 <x.y@z.se>`))).toBe(
    `Error: sign-up ${id} for [number] <[e-mail]>`,
  );
  expect(describeJobError('x'.repeat(600))).toHaveLength(500);
});
