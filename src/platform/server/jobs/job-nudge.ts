import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// Workers in this process hear at once when a job is added, rather than at their next poll.
const nudges = new EventEmitter();
nudges.setMaxListeners(0);

/** `xid` is the adding transaction, which the worker waits for; null when already committed. */
export type NudgeListener = (xid: string | null) => void;

export function onNudge(listener: NudgeListener): () => void {
  nudges.on('nudge', listener);
  return () => nudges.off('nudge', listener);
}

/** Tells the workers in this process that a due job was added (through `db`, maybe a transaction). */
export async function nudgeWorkers(db: Kysely<DB>) {
  if (nudges.listenerCount('nudge') === 0) return;
  const xid = db.isTransaction
    ? (await sql<{ xid: string }>`select txid_current()::text as xid`.execute(db)).rows[0]!.xid
    : null;
  nudges.emit('nudge', xid);
}

/**
 * True once transaction `xid` has committed, false if it rolled back; gives up (true) after
 * `maxWaitMs`, leaving the job to the next poll. On PGlite the query itself waits for the
 * transaction, which holds the only connection.
 */
export async function waitForCommit(
  db: Kysely<DB>,
  xid: string,
  maxWaitMs: number,
): Promise<boolean> {
  const deadline = Date.now() + maxWaitMs;
  for (let delay = 5; Date.now() < deadline; delay = Math.min(delay * 2, 200)) {
    const result = await sql<{ status: string | null }>`
      select txid_status(${xid}::bigint) as status`.execute(db);
    const status = result.rows[0]?.status;
    if (status === 'aborted') return false;
    if (status !== 'in progress') return true;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return true;
}
