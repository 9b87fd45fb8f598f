import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// The meeting's live version: raised by every change the live view shows, read by every poll.
// It lives in the database, so polls answered by any server process see every change.

/** Raises the live version: every change the live view shows calls this in its transaction. */
export async function bumpLiveVersion(db: Kysely<DB>, meetingId: string) {
  await db
    .updateTable('meetings')
    .set({ live_version: sql`live_version + 1`, updated_at: new Date() })
    .where('id', '=', meetingId)
    .execute();
}

/** The live version alone: what a poll reads before deciding to answer 304. */
export async function liveVersion(db: Kysely<DB>, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('meetings')
    .select('live_version')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return Number(row.live_version);
}
