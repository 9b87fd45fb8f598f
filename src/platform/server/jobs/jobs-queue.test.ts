import { afterAll, beforeAll, expect, it, vi } from 'vitest';
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

// Jobs are kept in the database: added in the caller's transaction (so they exist only if it
// commits), never twice under one dedupe key, and run with their effects in the transaction
// that marks them done.

let t: TestApp;
let org: TestAssociation;
const log = createLogger('silent');

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'jobbko');
});
afterAll(() => t.close());

/** A job that stores one mail in the outbox, in the job's transaction. */
function mailJob(kind: string, options: { failWith?: string } = {}) {
  return defineJob({
    kind,
    payload: z.object({ to: z.email(), subject: z.string() }),
    async run(payload, { trx, job }) {
      await t.app.mailer.send(
        job.organizationId!,
        { to: payload.to, subject: payload.subject, text: 'Hej!' },
        trx,
      );
      if (options.failWith) throw new Error(options.failWith);
    },
  });
}

function outboxSubjects(subjectPrefix: string) {
  return t.db
    .selectFrom('outbox')
    .select('subject')
    .where('subject', 'like', `${subjectPrefix}%`)
    .orderBy('subject')
    .execute()
    .then((rows) => rows.map((row) => row.subject));
}

function getJob(id: string) {
  return t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

it('runs a due job once, with its effect, and marks it done', async () => {
  const worker = new JobWorker(t.db, log);
  worker.register(mailJob('test.once'));
  const job = await enqueueJob(t.db, {
    kind: 'test.once',
    organizationId: org.id,
    payload: { to: 'en@jobbko.example.org', subject: 'Ett: välkommen' },
  });

  expect(await worker.runDue()).toBe(1);
  expect(await worker.runDue()).toBe(0);
  expect(await outboxSubjects('Ett:')).toEqual(['Ett: välkommen']);
  expect(await getJob(job!.id)).toMatchObject({
    status: 'done',
    attempts: 1,
    locked_by: worker.workerId,
    last_error: null,
  });
  expect((await getJob(job!.id)).finished_at).toBeInstanceOf(Date);
});

it('waits with a job until its time', async () => {
  const worker = new JobWorker(t.db, log);
  worker.register(mailJob('test.later'));
  const job = await enqueueJob(t.db, {
    kind: 'test.later',
    organizationId: org.id,
    payload: { to: 'senare@jobbko.example.org', subject: 'Senare: påminnelse' },
    runAt: new Date(Date.now() + 60 * 60_000),
  });
  expect(await worker.runDue()).toBe(0);
  expect((await getJob(job!.id)).status).toBe('queued');

  await t.db.updateTable('jobs').set({ run_at: new Date() }).where('id', '=', job!.id).execute();
  expect(await worker.runDue()).toBe(1);
  expect(await outboxSubjects('Senare:')).toEqual(['Senare: påminnelse']);
});

it('never enqueues the same dedupe key twice', async () => {
  const input = {
    kind: 'test.dedupe',
    organizationId: org.id,
    payload: { to: 'dubbel@jobbko.example.org', subject: 'Dubbel: en gång' },
    dedupeKey: 'reminder:signup-1:2030-05-01T08:00:00.000Z',
  };
  const first = await enqueueJob(t.db, input);
  expect(first).not.toBeNull();
  expect(await enqueueJob(t.db, input)).toBeNull();
  // Even after the first has run.
  const worker = new JobWorker(t.db, log);
  worker.register(mailJob('test.dedupe'));
  expect(await worker.runDue()).toBe(1);
  expect(await enqueueJob(t.db, input)).toBeNull();
  expect(await outboxSubjects('Dubbel:')).toEqual(['Dubbel: en gång']);
  // A new start time is a new reminder.
  expect(await enqueueJob(t.db, { ...input, dedupeKey: `${input.dedupeKey}:moved` })).not.toBe(
    null,
  );
});

it('a job added in a transaction exists only if the transaction commits', async () => {
  const kind = 'test.transaction';
  await t.db.transaction().execute(async (trx) => {
    await enqueueJob(trx, { kind, organizationId: org.id, dedupeKey: 'trx:commit' });
  });
  await expect(
    t.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, { kind, organizationId: org.id, dedupeKey: 'trx:rollback' });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  const keys = await t.db
    .selectFrom('jobs')
    .select('dedupe_key')
    .where('kind', '=', kind)
    .execute();
  expect(keys.map((row) => row.dedupe_key)).toEqual(['trx:commit']);
});

it('a failing handler leaves no effect behind: its mail is rolled back with it', async () => {
  const worker = new JobWorker(t.db, log);
  worker.register(mailJob('test.rollback', { failWith: 'the activity is locked' }));
  const job = await enqueueJob(t.db, {
    kind: 'test.rollback',
    organizationId: org.id,
    payload: { to: 'ingen@jobbko.example.org', subject: 'Ingen: skickas inte' },
  });
  expect(await worker.runDue()).toBe(1);
  expect(await outboxSubjects('Ingen:')).toEqual([]);
  expect(await getJob(job!.id)).toMatchObject({
    status: 'queued',
    attempts: 1,
    last_error: 'Error: the activity is locked',
  });
});

it('leaves kinds it has no handler for to other workers', async () => {
  const job = await enqueueJob(t.db, { kind: 'test.unknown', organizationId: org.id });
  const worker = new JobWorker(t.db, log);
  worker.register(mailJob('test.known'));
  expect(await worker.runDue()).toBe(0);
  expect(await getJob(job!.id)).toMatchObject({ status: 'queued', attempts: 0 });
});

it('a started worker runs a new job at once, also one added in a transaction', async () => {
  // Polling once a minute: only the nudge can make these run within the wait below.
  const worker = new JobWorker(t.db, log, { pollMs: 60_000 });
  worker.register(mailJob('test.nudge'));
  worker.start();
  try {
    await enqueueJob(t.db, {
      kind: 'test.nudge',
      organizationId: org.id,
      payload: { to: 'direkt@jobbko.example.org', subject: 'Nudge: 1' },
    });
    await vi.waitFor(async () => expect(await outboxSubjects('Nudge:')).toEqual(['Nudge: 1']), {
      timeout: 5_000,
    });
    await t.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, {
        kind: 'test.nudge',
        organizationId: org.id,
        payload: { to: 'direkt@jobbko.example.org', subject: 'Nudge: 2' },
      });
      // The transaction goes on a while after adding the job.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await vi.waitFor(
      async () => expect(await outboxSubjects('Nudge:')).toEqual(['Nudge: 1', 'Nudge: 2']),
      { timeout: 5_000 },
    );
  } finally {
    await worker.stop();
  }
});
