import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { namesOf } from './people-names.queries.ts';

// The people tied to a meeting by a row of their own (those checked in, the adjusters), each
// with their name, sorted by name as Swedish sorts it.

async function withNames<Row extends { person_id: string }>(
  db: Kysely<DB>,
  organizationId: string,
  rows: Row[],
): Promise<{ person: { id: string; name: string }; row: Row }[]> {
  const names = await namesOf(
    db,
    organizationId,
    rows.map((row) => row.person_id),
  );
  return rows
    .map((row) => ({ person: { id: row.person_id, name: names.get(row.person_id) ?? '' }, row }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'sv'));
}

/** Those checked in at the meeting, how and when. */
export async function listAttendance(db: Kysely<DB>, organizationId: string, meetingId: string) {
  const rows = await db
    .selectFrom('meeting_attendance')
    .select(['person_id', 'method', 'checked_in_at'])
    .where('organization_id', '=', organizationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return (await withNames(db, organizationId, rows)).map(({ person, row }) => ({
    person,
    method: row.method,
    checkedInAt: row.checked_in_at.toISOString(),
  }));
}

/** The minutes' adjusters and when each approved (null while pending). */
export async function listAdjusters(db: Kysely<DB>, organizationId: string, meetingId: string) {
  const rows = await db
    .selectFrom('meeting_adjusters')
    .select(['person_id', 'approved_at'])
    .where('organization_id', '=', organizationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return (await withNames(db, organizationId, rows)).map(({ person, row }) => ({
    person,
    approvedAt: row.approved_at?.toISOString() ?? null,
  }));
}
