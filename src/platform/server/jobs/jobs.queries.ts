import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { nudgeWorkers } from './job-nudge.ts';

export interface EnqueueJobInput {
  kind: string;
  /** Ids and settings only, never names or contact details. */
  payload?: Record<string, unknown>;
  /** When the job may run; now if not given. */
  runAt?: Date;
  /** A job with the same key is never enqueued twice (while the first one is kept). */
  dedupeKey?: string;
  organizationId?: string | null;
  maxAttempts?: number;
}

/** A job as taken by a worker. */
export interface ClaimedJob {
  id: string;
  kind: string;
  organizationId: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
  dedupeKey: string | null;
  lockedBy: string;
}

/** Waits after the 1st, 2nd, 3rd… failed attempt; the last one repeats. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!;
}

/**
 * Adds a job. Pass the caller's transaction so the job exists if and only if its cause
 * committed. With a dedupe key already taken nothing is added and the answer is null.
 */
export async function enqueueJob(db: Kysely<DB>, input: EnqueueJobInput) {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? {}),
      run_at: input.runAt ?? sql<Date>`now()`,
      dedupe_key: input.dedupeKey ?? null,
      organization_id: input.organizationId ?? null,
      ...(input.maxAttempts !== undefined ? { max_attempts: input.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['id', 'run_at'])
    .executeTakeFirst();
  if (row && row.run_at.getTime() <= Date.now()) await nudgeWorkers(db);
  return row ? { id: row.id } : null;
}

/**
 * Takes the oldest due job of one of `kinds` for `workerId`: queued and due, or left running by
 * a worker whose lease ran out (its process stopped). SKIP LOCKED lets several workers on
 * PostgreSQL take different jobs at once; a job being worked on stays locked, so it is skipped
 * even past its lease. An abandoned job that has used up its attempts is marked failed instead.
 */
export async function claimNextJob(
  db: Kysely<DB>,
  options: { workerId: string; kinds: string[]; leaseMs: number },
): Promise<ClaimedJob | null> {
  if (options.kinds.length === 0) return null;
  return db.transaction().execute(async (trx) => {
    for (;;) {
      const candidate = await trx
        .selectFrom('jobs')
        .select(['id', 'status', 'attempts', 'max_attempts'])
        .where('kind', 'in', options.kinds)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', sql<Date>`now()`)]),
            eb.and([
              eb('status', '=', 'running'),
              eb(
                'locked_at',
                '<',
                sql<Date>`now() - ${options.leaseMs} * interval '1 millisecond'`,
              ),
            ]),
          ]),
        )
        .orderBy('run_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!candidate) return null;
      if (candidate.status === 'running' && candidate.attempts >= candidate.max_attempts) {
        await trx
          .updateTable('jobs')
          .set({
            status: 'failed',
            last_error: 'the worker running it stopped on the last attempt',
            locked_at: null,
            finished_at: sql<Date>`now()`,
          })
          .where('id', '=', candidate.id)
          .execute();
        continue;
      }
      const row = await trx
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          locked_at: sql<Date>`now()`,
          locked_by: options.workerId,
        }))
        .where('id', '=', candidate.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        kind: row.kind,
        organizationId: row.organization_id,
        payload: row.payload,
        runAt: row.run_at,
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
        dedupeKey: row.dedupe_key,
        lockedBy: options.workerId,
      };
    }
  });
}

/**
 * Locks a claimed job for the transaction that runs it, if the claim still holds (another
 * worker may have taken it over after the lease ran out). Holding the row lock until commit
 * keeps every other worker off it.
 */
export async function lockClaimedJob(trx: Kysely<DB>, job: ClaimedJob): Promise<boolean> {
  const row = await trx
    .selectFrom('jobs')
    .select('id')
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.lockedBy)
    .where('attempts', '=', job.attempts)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the job done; call it in the transaction that holds the job's effects. */
export async function markJobDone(trx: Kysely<DB>, job: ClaimedJob) {
  await trx
    .updateTable('jobs')
    .set({ status: 'done', locked_at: null, finished_at: sql<Date>`now()` })
    .where('id', '=', job.id)
    .execute();
}

/** Puts a failed attempt back in the queue after its delay, or marks the job failed for good. */
export async function markJobFailed(
  db: Kysely<DB>,
  job: ClaimedJob,
  error: { message: string; isPermanent: boolean },
): Promise<'queued' | 'failed'> {
  const isFinal = error.isPermanent || job.attempts >= job.maxAttempts;
  const delayMs = retryDelayMs(job.attempts);
  await db
    .updateTable('jobs')
    .set({
      status: isFinal ? 'failed' : 'queued',
      last_error: error.message,
      locked_at: null,
      ...(isFinal
        ? { finished_at: sql<Date>`now()` }
        : { run_at: sql<Date>`now() + ${delayMs} * interval '1 millisecond'` }),
    })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.lockedBy)
    .where('attempts', '=', job.attempts)
    .execute();
  return isFinal ? 'failed' : 'queued';
}

/** Deletes finished jobs: done ones after `doneDays`, failed ones after `failedDays`. */
export async function deleteFinishedJobs(
  db: Kysely<DB>,
  options: { doneDays: number; failedDays: number },
): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('status', '=', 'done'),
          eb('finished_at', '<', sql<Date>`now() - ${options.doneDays} * interval '1 day'`),
        ]),
        eb.and([
          eb('status', '=', 'failed'),
          eb('finished_at', '<', sql<Date>`now() - ${options.failedDays} * interval '1 day'`),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Moves a job that has not yet been tried to a new time (a reminder whose offset changed). */
export async function rescheduleQueuedJob(db: Kysely<DB>, dedupeKey: string, runAt: Date) {
  await db
    .updateTable('jobs')
    .set({ run_at: runAt })
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'queued')
    .where('attempts', '=', 0)
    .execute();
}

/**
 * Whether there is a job whose dedupe key starts with `dedupeKeyPrefix`: added within the last
 * `withinMs`, or (with `isQueued`) still waiting to run.
 */
export async function hasJob(
  db: Kysely<DB>,
  options: {
    organizationId: string;
    dedupeKeyPrefix: string;
    withinMs?: number;
    isQueued?: boolean;
  },
): Promise<boolean> {
  let query = db
    .selectFrom('jobs')
    .select('id')
    .where('organization_id', '=', options.organizationId)
    .where(sql<boolean>`starts_with(dedupe_key, ${options.dedupeKeyPrefix})`);
  if (options.withinMs !== undefined) {
    query = query.where(
      'created_at',
      '>',
      sql<Date>`now() - ${options.withinMs} * interval '1 millisecond'`,
    );
  }
  if (options.isQueued) query = query.where('status', '=', 'queued');
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Ends every lease at once. Only for a worker that knows it is the database's only one (PGlite,
 * whose data directory one process holds): a job still running at its start was left by a
 * process that died, and need not wait out its lease.
 */
export async function endAllLeases(db: Kysely<DB>) {
  const result = await db
    .updateTable('jobs')
    .set({ locked_at: new Date(0) })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
