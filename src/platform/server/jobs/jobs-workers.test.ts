import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../logger.ts';
import {
  createTestApp,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { JobWorker } from './job-worker.ts';
import { defineJob } from './job-definition.ts';
import { enqueueJob } from './jobs.queries.ts';

// Several workers on one database (several servers on one PostgreSQL) share the queue: each
// job runs once, and a job being worked on is never taken by another, even past its lease.

const isPostgres = Boolean(process.env.TEST_DATABASE_URL);
let t: TestApp;
let org: TestAssociation;
const log = createLogger('silent');

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'jobbpar');
});
afterAll(() => t.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('two workers never run the same job', async () => {
  const runs: { jobId: string; workerId: string }[] = [];
  const definition = defineJob({
    kind: 'test.shared',
    payload: z.object({ n: z.number().int() }),
    async run(payload, { trx, job }) {
      runs.push({ jobId: job.id, workerId: job.lockedBy });
      await t.app.mailer.send(
        org.id,
        { to: 'delad@jobbpar.example.org', subject: `Delad ${payload.n}`, text: 'Hej!' },
        trx,
      );
      await pause(5);
    },
  });
  const workers = ['a', 'b'].map((name) => {
    const worker = new JobWorker(t.db, log, { workerId: `worker-${name}` });
    worker.register(definition);
    return worker;
  });
  for (let n = 0; n < 40; n++) {
    await enqueueJob(t.db, { kind: 'test.shared', organizationId: org.id, payload: { n } });
  }

  const counts = await Promise.all(workers.map((worker) => worker.runDue()));
  expect(counts[0]! + counts[1]!).toBe(40);
  expect(new Set(runs.map((run) => run.jobId)).size).toBe(40);
  expect(runs).toHaveLength(40);
  // On PostgreSQL they really work side by side; PGlite has one connection and takes turns.
  if (isPostgres) expect(counts.every((count) => count > 0)).toBe(true);

  const outbox = await t.db
    .selectFrom('outbox')
    .select('subject')
    .where('subject', 'like', 'Delad %')
    .execute();
  expect(outbox).toHaveLength(40);
  expect(new Set(outbox.map((row) => row.subject)).size).toBe(40);
  const jobs = await t.db
    .selectFrom('jobs')
    .select(['status', 'attempts'])
    .where('kind', '=', 'test.shared')
    .execute();
  expect(jobs.every((job) => job.status === 'done' && job.attempts === 1)).toBe(true);
});

// On PGlite the second worker would wait for the only connection, which the first one holds.
it.runIf(isPostgres)('a job under way is not taken by another worker after its lease', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const isEntered = new Promise<void>((resolve) => (entered = resolve));
  let runs = 0;
  const definition = defineJob({
    kind: 'test.slow',
    payload: z.object({}),
    async run() {
      runs++;
      entered();
      await gate;
    },
  });
  const slow = new JobWorker(t.db, log, { workerId: 'slow' });
  const eager = new JobWorker(t.db, log, { workerId: 'eager', leaseMs: 1 });
  slow.register(definition);
  eager.register(definition);
  const job = await enqueueJob(t.db, { kind: 'test.slow', organizationId: org.id });

  const slowRun = slow.runDue();
  await isEntered;
  await pause(20);
  // Its lease (1 ms for this worker) has run out, but the job is locked by the one running it.
  expect(await eager.runDue()).toBe(0);
  release();
  expect(await slowRun).toBe(1);
  expect(await eager.runDue()).toBe(0);
  expect(runs).toBe(1);
  expect(
    await t.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'locked_by'])
      .where('id', '=', job!.id)
      .executeTakeFirst(),
  ).toEqual({ status: 'done', attempts: 1, locked_by: 'slow' });
});
