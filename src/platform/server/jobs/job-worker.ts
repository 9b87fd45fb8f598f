import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../../../db/schema.ts';
import { describeJobError, PermanentJobError } from './job-errors.ts';
import { onNudge, waitForCommit } from './job-nudge.ts';
import type { JobDefinition } from './job-definition.ts';
import { periodicJob, schedulePeriodic, type PeriodicWork } from './periodic.ts';
import {
  claimNextJob,
  deleteFinishedJobs,
  endAllLeases,
  lockClaimedJob,
  markJobDone,
  markJobFailed,
  type ClaimedJob,
} from './jobs.queries.ts';

export interface JobWorkerOptions {
  /** How often to look for due jobs when not nudged. */
  pollMs?: number;
  /** How long a claimed job that nobody holds locked counts as taken. */
  leaseMs?: number;
  workerId?: string;
  /** Days done and failed jobs are kept. */
  keepDays?: { done: number; failed: number };
  /**
   * No other process uses the database (PGlite): jobs found running at start were left by a
   * process that died, and are taken again at once rather than after their lease.
   */
  isSoleWorker?: boolean;
}

const PRUNE_INTERVAL_MS = 60 * 60_000;

/**
 * Runs due jobs one at a time: claims one (a lease in the row), then runs its handler in a
 * transaction that locks the row and marks it done. `stop()` finishes the job under way and
 * takes no new one; a job left behind by a killed process is taken again when its lease ends.
 */
export class JobWorker {
  readonly workerId: string;
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly keepDays: { done: number; failed: number };
  private readonly isSoleWorker: boolean;
  private draining: Promise<unknown> = Promise.resolve();
  private readonly commitWaits = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly periodic: PeriodicWork[] = [];
  private isStarted = false;
  private isStopping = false;
  private isLooping = false;
  private isWakeWanted = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: Logger,
    options: JobWorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1_500;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.keepDays = options.keepDays ?? { done: 30, failed: 90 };
    this.isSoleWorker = options.isSoleWorker ?? false;
    this.workerId =
      options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    // Old finished jobs go by a periodic job of the queue's own, once an hour whatever the
    // number of processes.
    this.registerPeriodic({
      kind: 'jobs.prune',
      everyMs: PRUNE_INTERVAL_MS,
      run: async ({ trx, log: jobLog }) => {
        const deleted = await deleteFinishedJobs(trx, {
          doneDays: this.keepDays.done,
          failedDays: this.keepDays.failed,
        });
        if (deleted > 0) jobLog.info({ deleted }, 'old jobs deleted');
      },
    });
  }

  /** Adds a kind of job this worker runs; jobs of kinds it does not know are left for others. */
  register<P>(definition: JobDefinition<P>) {
    if (this.definitions.has(definition.kind)) {
      throw new Error(`job kind ${definition.kind} is registered twice`);
    }
    this.definitions.set(definition.kind, definition as JobDefinition<unknown>);
  }

  /** Registers work done every so often; its first run is queued when the worker starts. */
  registerPeriodic(work: PeriodicWork) {
    this.register(periodicJob(work));
    this.periodic.push(work);
  }

  /** Starts polling (and listening for jobs added in this process); queues the periodic work. */
  start() {
    if (this.isStarted || this.isStopping) return;
    this.isStarted = true;
    this.unsubscribe = onNudge((xid) => this.onNudge(xid));
    if (this.isSoleWorker) {
      this.draining = endAllLeases(this.db)
        .then((count) => count > 0 && this.log.info({ count }, 'jobs left running taken again'))
        .catch((error: unknown) =>
          this.log.warn({ reason: describeJobError(error) }, 'could not take back jobs'),
        );
    }
    const scheduled = this.draining.then(() => schedulePeriodic(this.db, this.periodic));
    this.draining = scheduled.catch((error: unknown) =>
      this.log.warn({ reason: describeJobError(error) }, 'could not queue periodic work'),
    );
    this.wake();
  }

  /** Finishes the job under way, then stops; no new job is taken. */
  async stop() {
    this.isStopping = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await Promise.all([this.draining, ...this.commitWaits]);
  }

  /** Runs every due job, one after another, and says how many ran (tests call it directly). */
  runDue(): Promise<number> {
    const run = this.draining.then(() => this.drain());
    this.draining = run.catch(() => {});
    return run;
  }

  private async drain(): Promise<number> {
    let count = 0;
    const kinds = [...this.definitions.keys()];
    while (!this.isStopping) {
      const job = await claimNextJob(this.db, {
        workerId: this.workerId,
        kinds,
        leaseMs: this.leaseMs,
      });
      if (!job) break;
      await this.run(job);
      count++;
    }
    return count;
  }

  private async run(job: ClaimedJob) {
    const log = this.log.child({ jobId: job.id, jobKind: job.kind });
    try {
      const definition = this.definitions.get(job.kind);
      if (!definition) throw new PermanentJobError(`no handler for ${job.kind}`);
      const parsed = definition.payload.safeParse(job.payload);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(payload)');
        throw new PermanentJobError(`invalid payload: ${fields.join(', ')}`);
      }
      const isOwned = await this.db.transaction().execute(async (trx) => {
        if (!(await lockClaimedJob(trx, job))) return false;
        await definition.run(parsed.data, { trx, job, log });
        await markJobDone(trx, job);
        return true;
      });
      if (isOwned) log.info({ attempt: job.attempts }, 'job done');
      else log.warn('job taken over by another worker; skipped');
    } catch (error) {
      const message = describeJobError(error);
      const isPermanent = error instanceof PermanentJobError;
      try {
        const status = await markJobFailed(this.db, job, { message, isPermanent });
        log.warn({ attempt: job.attempts, status, reason: message }, 'job failed');
      } catch (markError) {
        // The lease runs out and the job is taken again.
        log.error({ reason: describeJobError(markError) }, 'could not record a failed job');
      }
    }
  }

  private wake() {
    if (!this.isStarted || this.isStopping) return;
    if (this.isLooping) {
      this.isWakeWanted = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.isLooping = true;
    this.runDue()
      .catch((error: unknown) =>
        this.log.error({ reason: describeJobError(error) }, 'job worker error'),
      )
      .finally(() => {
        this.isLooping = false;
        if (this.isStopping) return;
        const delay = this.isWakeWanted ? 0 : this.pollMs;
        this.isWakeWanted = false;
        this.timer = setTimeout(() => this.wake(), delay);
        this.timer.unref();
      });
  }

  private onNudge(xid: string | null) {
    if (this.isStopping) return;
    if (xid === null) return this.wake();
    // The job becomes visible when the adding transaction commits.
    const wait = waitForCommit(this.db, xid, this.pollMs)
      .then((isCommitted) => isCommitted && this.wake())
      .catch(() => {})
      .finally(() => this.commitWaits.delete(wait));
    this.commitWaits.add(wait);
  }
}
