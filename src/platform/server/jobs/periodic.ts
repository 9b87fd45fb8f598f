import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { defineJob, type JobContext, type JobDefinition } from './job-definition.ts';
import { enqueueJob } from './jobs.queries.ts';
import { z } from 'zod';

/** Work done every so often (housekeeping), as a durable job rather than a timer. */
export interface PeriodicWork {
  kind: string;
  everyMs: number;
  /** Write with `context.trx`: the work and the next run commit together. */
  run(context: JobContext): Promise<void>;
}

const slotKey = (kind: string, at: number) => `periodic:${kind}:${new Date(at).toISOString()}`;

/**
 * The job for one periodic work: does the work, then queues the next run one interval on. The
 * run for a time slot has its own dedupe key, so several processes starting at once queue it once.
 */
export function periodicJob(work: PeriodicWork): JobDefinition<Record<string, never>> {
  return defineJob({
    kind: work.kind,
    payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
    async run(_payload, context) {
      await work.run(context);
      const next = (Math.floor(Date.now() / work.everyMs) + 1) * work.everyMs;
      await enqueueJob(context.trx, {
        kind: work.kind,
        runAt: new Date(next),
        dedupeKey: slotKey(work.kind, next),
      });
    },
  });
}

/** Queues the current slot's run of each periodic work (nothing when it is queued or done). */
export async function schedulePeriodic(db: Kysely<DB>, works: PeriodicWork[]): Promise<void> {
  for (const work of works) {
    const slot = Math.floor(Date.now() / work.everyMs) * work.everyMs;
    await enqueueJob(db, { kind: work.kind, dedupeKey: slotKey(work.kind, slot) });
  }
}
