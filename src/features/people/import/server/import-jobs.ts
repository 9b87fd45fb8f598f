import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { ImportJob, ImportSummary } from '../import.contract.ts';
import type { ImportProgress } from './import.service.ts';

/** How long a finished import's result can still be fetched. */
export const KEEP_FINISHED_MS = 60 * 60 * 1000;

interface Owner {
  accountId: string;
  organizationId: string;
}

interface Entry {
  job: ImportJob;
  owner: Owner;
  finishedAt: number | null;
  settled: Promise<void>;
}

/**
 * Imports running in the background of this server process, and their results for an hour
 * after. Each is seen only by the account that started it; an association runs one at a time,
 * since two imports at once would race for the same member numbers and e-mail addresses.
 */
export class ImportJobs {
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** Told of an unexpected failure (the job itself only says that the import failed). */
    private readonly onUnexpectedError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts `work` in the background and answers its job as it is now: running, nothing done. */
  start(
    owner: Owner,
    initial: { total: number; isDryRun: boolean },
    work: (report: (progress: ImportProgress) => void) => Promise<ImportSummary>,
  ): ImportJob {
    this.prune();
    for (const entry of this.entries.values()) {
      if (entry.owner.organizationId === owner.organizationId && entry.job.status === 'running') {
        throw new AppError('conflict', 'An import is already running for this association');
      }
    }
    const job: ImportJob = {
      id: randomUUID(),
      status: 'running',
      stage: 'reading',
      processed: 0,
      total: initial.total,
      isDryRun: initial.isDryRun,
      summary: null,
      error: null,
    };
    const entry: Entry = { job, owner, finishedAt: null, settled: Promise.resolve() };
    this.entries.set(job.id, entry);
    const report = (progress: ImportProgress) => Object.assign(job, progress);
    // Started on the next turn, so the request that asked for it is answered first.
    entry.settled = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => work(report))
      .then(
        (summary) => {
          job.status = 'done';
          job.summary = summary;
        },
        (error: unknown) => {
          job.status = 'failed';
          job.error = describe(error);
          if (!(error instanceof AppError) || error.status >= 500) this.onUnexpectedError(error);
        },
      )
      .finally(() => {
        entry.finishedAt = this.now();
      });
    return { ...job };
  }

  /** The job as it is now; someone else's, or one forgotten, is not found. */
  get(owner: Owner, id: string): ImportJob {
    return { ...this.entry(owner, id).job };
  }

  /**
   * The job's states as NDJSON lines, a new line whenever it changed (looked at every
   * `everyMs`), the last one when it is done or failed. Needs no database, so it keeps going
   * while the import holds PGlite's only connection.
   */
  async *follow(owner: Owner, id: string, everyMs = 250): AsyncGenerator<string> {
    const entry = this.entry(owner, id);
    let last = '';
    for (;;) {
      const line = `${JSON.stringify(entry.job)}\n`;
      if (line !== last) yield line;
      last = line;
      if (entry.job.status !== 'running') return;
      await Promise.race([entry.settled, new Promise((resolve) => setTimeout(resolve, everyMs))]);
    }
  }

  private entry(owner: Owner, id: string): Entry {
    this.prune();
    const entry = this.entries.get(id);
    if (
      !entry ||
      entry.owner.accountId !== owner.accountId ||
      entry.owner.organizationId !== owner.organizationId
    ) {
      throw new AppError('not_found', 'No such import');
    }
    return entry;
  }

  /** Waits for every running import to finish, as the server does before closing the database. */
  async settle(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.settled));
  }

  private prune() {
    const before = this.now() - KEEP_FINISHED_MS;
    for (const [id, entry] of this.entries) {
      if (entry.finishedAt !== null && entry.finishedAt < before) this.entries.delete(id);
    }
  }
}

/** What the user is told: a user error as it is, anything else without its details. */
function describe(error: unknown): NonNullable<ImportJob['error']> {
  if (error instanceof AppError && error.status < 500) {
    return { code: error.code, message: error.message };
  }
  return { code: 'internal', message: 'The import failed; nothing was saved' };
}
