import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { meetingConflict } from './meetings.policy.ts';

// Every change to a meeting's room (speakers' list, attendance, item in focus) and to its minutes
// runs here: one transaction whose first statement locks the meeting's row, so two changes to one
// meeting (a double "Nästa talare", two adjusters approving at once) run one after the other and
// each sees what the other did. A unique index that still refuses a row answers 409, not 500.

export async function inMeetingTransaction<T>(
  db: Kysely<DB>,
  meetingId: string,
  change: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`select id from meetings where id = ${meetingId} for update`.execute(trx);
      return change(trx);
    });
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505') {
      throw meetingConflict(
        constraint === 'meeting_speakers_one_waiting_idx' ? 'already_listed' : 'changed_meanwhile',
      );
    }
    throw error;
  }
}
