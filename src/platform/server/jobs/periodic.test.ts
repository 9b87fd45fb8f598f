import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../../db/connect.ts';
import { createTestDatabase } from '../../../server/testing.ts';
import { createLogger } from '../logger.ts';
import { JobWorker } from './job-worker.ts';

// Housekeeping runs as durable jobs: each run queues the next, and a time slot's run is queued
// once however many processes start.

let database: Database;
const log = createLogger('silent');
const HOUR = 60 * 60_000;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

function periodicRows() {
  return database.db
    .selectFrom('jobs')
    .select(['status', 'run_at', 'dedupe_key'])
    .where('kind', '=', 'test.tidy')
    .orderBy('run_at')
    .execute();
}

it('queues the current run once per slot, runs it, and queues the next one an interval on', async () => {
  let runs = 0;
  const work = { kind: 'test.tidy', everyMs: HOUR, run: async () => void runs++ };
  const workers = [1, 2].map(() => {
    const worker = new JobWorker(database.db, log, { pollMs: 60_000 });
    worker.registerPeriodic(work);
    return worker;
  });
  // Two processes starting at once.
  for (const worker of workers) worker.start();
  await Promise.all(workers.map((worker) => worker.stop()));
  const runner = new JobWorker(database.db, log);
  runner.registerPeriodic(work);
  await runner.runDue();

  expect(runs).toBe(1);
  const rows = await periodicRows();
  expect(rows.map((row) => row.status)).toEqual(['done', 'queued']);
  const slot = Math.floor(Date.now() / HOUR) * HOUR;
  expect(rows[1]!.run_at.getTime()).toBe(slot + HOUR);
  expect(rows[1]!.dedupe_key).toBe(`periodic:test.tidy:${new Date(slot + HOUR).toISOString()}`);

  // Starting again in the same hour queues nothing new: that slot's run is done.
  const again = new JobWorker(database.db, log, { pollMs: 60_000 });
  again.registerPeriodic(work);
  again.start();
  await again.stop();
  expect(await periodicRows()).toHaveLength(2);
});
