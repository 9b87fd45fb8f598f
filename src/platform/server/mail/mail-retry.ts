import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// When a message that could not be delivered is tried again. The wait grows with the time it
// has waited so far (1, 2, 4 … minutes), at most an hour, and the message is given up (`failed`)
// only two days after it was queued: a mail server down for a night loses nothing.

const MINUTE_MS = 60_000;
export const MIN_RETRY_MS = MINUTE_MS;
export const MAX_RETRY_MS = 60 * MINUTE_MS;
/** How long a message is tried before it is `failed` (an admin can queue it again). */
export const GIVE_UP_AFTER_MS = 2 * 24 * 60 * MINUTE_MS;
/** How long a process holds a message it is delivering; after that another may take it. */
export const DELIVERY_LEASE_MS = 5 * MINUTE_MS;

/** The wait before the next attempt of a message queued `waitedMs` ago. */
export function retryDelayMs(waitedMs: number): number {
  return Math.min(Math.max(waitedMs, MIN_RETRY_MS), MAX_RETRY_MS);
}

/** Whether a message queued at `queuedAt` whose attempt just failed is given up. */
export function isGivenUp(queuedAt: Date, now: Date): boolean {
  return now.getTime() - queuedAt.getTime() >= GIVE_UP_AFTER_MS;
}

/**
 * Takes the due messages for this process: each gets a lease, so another process (or the next
 * round) leaves it alone while it is being delivered. Answers their ids, oldest due first.
 */
export async function claimDueMessages(db: Kysely<DB>, now: Date, limit = 100): Promise<string[]> {
  const rows = await db
    .updateTable('outbox')
    .set({ locked_until: new Date(now.getTime() + DELIVERY_LEASE_MS) })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((w) => w.or([w('locked_until', 'is', null), w('locked_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}
