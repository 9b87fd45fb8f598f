import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { connectDatabase } from '../../../../db/connect.ts';
import { migrate } from '../../../../db/migrate.ts';
import { createCliDatabase, type CliDatabase } from '../../../cli/cli-testing.ts';
import { testConfig } from '../config.ts';
import { startServer } from '../../../server/main.ts';
import { seedAssociation } from '../../../server/testing.ts';
import { defineJob } from './job-definition.ts';
import { claimNextJob, enqueueJob } from './jobs.queries.ts';

// A restart in the middle of sending: the server is stopped (as on SIGTERM) while one job is
// under way and others wait, and one job is left behind by a killed process. The next server
// runs the rest, and every job has sent exactly one mail. Uses startServer, the production wiring.

const JOBS = 20;
let database: CliDatabase;
let organizationId: string;

beforeAll(async () => {
  database = await createCliDatabase('jobrestart');
  // An existing association, so the server starts without creating the demo.
  const { db, close } = await connectDatabase(database.connectOptions);
  await migrate(db);
  organizationId = (await seedAssociation(db, 'omstart')).id;
  await close();
});
afterAll(async () => {
  await database?.remove();
});

async function start(): Promise<FastifyInstance> {
  const { dataDir, databaseUrl, schema } = database.connectOptions;
  const signalListeners = [...process.listeners('SIGTERM'), ...process.listeners('SIGINT')];
  const app = await startServer(
    testConfig(databaseUrl ? { databaseUrl, databaseSchema: schema } : { dataDir }),
  );
  // startServer's signal handlers would end this test process; the test closes the app itself.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return app;
}

/** The mail job as a feature would define it: the outbox row is written in the job's transaction. */
function mailJob(app: FastifyInstance, hold?: { n: number; entered(): void; gate: Promise<void> }) {
  return defineJob({
    kind: 'test.restart-mail',
    payload: z.object({ n: z.number().int() }),
    async run({ n }, { trx, job }) {
      await app.mailer.send(
        job.organizationId!,
        { to: `deltagare${n}@omstart.example.org`, subject: `Påminnelse ${n}`, text: 'Hej!' },
        trx,
      );
      if (hold?.n === n) {
        hold.entered();
        await hold.gate;
      }
    },
  });
}

it('every job sends exactly one mail across a stop, a killed worker and a new start', async () => {
  const first = await start();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const isEntered = new Promise<void>((resolve) => (entered = resolve));
  first.jobs.register(mailJob(first, { n: 5, entered, gate }));
  const base = Date.now() - 60_000;
  // All at once, so the worker starts on them only when every one is there.
  await first.db.transaction().execute(async (trx) => {
    for (let n = 1; n <= JOBS; n++) {
      await enqueueJob(trx, {
        kind: 'test.restart-mail',
        organizationId,
        payload: { n },
        runAt: new Date(base + n * 1_000),
        dedupeKey: `restart:${n}`,
      });
    }
  });

  // The 5th job is under way when the server is told to stop.
  await isEntered;
  let isClosed = false;
  const closing = first.close().then(() => (isClosed = true));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(isClosed).toBe(false);
  release();
  await closing;

  const { db, close } = await connectDatabase(database.connectOptions);
  try {
    const jobs = await db
      .selectFrom('jobs')
      .select(['status', 'payload'])
      .where('kind', '=', 'test.restart-mail')
      .orderBy('run_at')
      .execute();
    expect(jobs.map((job) => job.status)).toEqual([
      ...Array<string>(5).fill('done'),
      ...Array<string>(JOBS - 5).fill('queued'),
    ]);
    // A process claims the 6th and is killed before finishing it.
    const claimed = await claimNextJob(db, {
      workerId: 'killed-process',
      kinds: ['test.restart-mail'],
      leaseMs: 60_000,
    });
    expect(claimed?.payload).toEqual({ n: 6 });
    await db
      .updateTable('jobs')
      .set({ locked_at: sql<Date>`now() - interval '2 minutes'` })
      .where('id', '=', claimed!.id)
      .execute();
  } finally {
    await close();
  }

  const second = await start();
  try {
    second.jobs.register(mailJob(second));
    await vi.waitFor(
      async () => {
        const left = await second.db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', 'test.restart-mail')
          .where('status', '<>', 'done')
          .execute();
        expect(left).toHaveLength(0);
      },
      { timeout: 20_000, interval: 200 },
    );
    const outbox = await second.db.selectFrom('outbox').select('subject').execute();
    expect(outbox.map((row) => row.subject).sort()).toEqual(
      Array.from({ length: JOBS }, (_, i) => `Påminnelse ${i + 1}`).sort(),
    );
    const attempts = await second.db
      .selectFrom('jobs')
      .select(['attempts', 'payload'])
      .where('kind', '=', 'test.restart-mail')
      .orderBy('run_at')
      .execute();
    expect(attempts.map((job) => job.attempts)).toEqual(
      Array.from({ length: JOBS }, (_, i) => (i === 5 ? 2 : 1)),
    );
  } finally {
    await second.close();
  }
});
