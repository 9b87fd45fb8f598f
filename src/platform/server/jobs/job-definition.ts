import type { Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { ClaimedJob } from './jobs.queries.ts';

export interface JobContext {
  /**
   * The transaction the job is marked done in. Write every effect with it (an outbox message,
   * a follow-up job), never with `db`: then a crash undoes both, and nothing happens twice.
   */
  trx: Transaction<DB>;
  job: ClaimedJob;
  /** Carries the job's id and kind; log ids only, never names or addresses. */
  log: Logger;
}

/** A kind of job: its payload's schema and its handler. */
export interface JobDefinition<P> {
  kind: string;
  payload: z.ZodType<P>;
  /** Keep it short: it holds a transaction (on PGlite, the only connection). Throw to retry. */
  run(payload: P, context: JobContext): Promise<void>;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}
