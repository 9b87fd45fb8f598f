import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { escapeLike } from '../../../platform/server/person-condition.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

/** People's names ("Förnamn Efternamn") by id, for the ids given; unknown ids are left out. */
export async function namesOf(
  db: Kysely<DB>,
  organizationId: string,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'first_name', 'last_name'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, `${row.first_name} ${row.last_name}`.trim()]));
}

/** `{ id, name }` of a person by id, or null. */
export function refOf(names: Map<string, string>, id: string | null | undefined) {
  if (!id) return null;
  const name = names.get(id);
  return name === undefined ? null : { id, name };
}

/** Refuses ids of people who are not in the association, naming the field. */
export async function assertPeopleExist(
  db: Kysely<DB>,
  organizationId: string,
  ids: readonly (string | null | undefined)[],
  path: string,
) {
  const names = await namesOf(db, organizationId, ids);
  const missing = ids.filter((id) => id && !names.has(id));
  if (missing.length > 0) {
    throw new AppError('validation', 'No such person', {
      errors: [{ path, code: 'not_found', message: 'No such person' }],
    });
  }
  return names;
}

/** Whom a search is narrowed to: the meeting's sign-ups, attendees and the local group. */
export interface MeetingCircle {
  meetingId: string;
  activityId: string;
  localGroupId: string | null;
}

/**
 * Up to 20 people (not erased) whose name holds every word of `text`, by name; with `circle`,
 * only those signed up to the meeting's activity, checked in at it, or in its local group.
 */
export async function findPeopleByName(
  db: Kysely<DB>,
  organizationId: string,
  text: string,
  circle?: MeetingCircle,
) {
  let select = db
    .selectFrom('people as p')
    .select(['p.id', 'p.first_name', 'p.last_name'])
    .where('p.organization_id', '=', organizationId)
    .where('p.erased_at', 'is', null);
  if (circle) {
    select = select.where((eb) =>
      eb.or([
        eb(
          'p.id',
          'in',
          eb
            .selectFrom('meeting_attendance')
            .select('person_id')
            .where('meeting_id', '=', circle.meetingId),
        ),
        eb(
          'p.id',
          'in',
          eb
            .selectFrom('signups as s')
            .innerJoin('shifts as f', 'f.id', 's.shift_id')
            .select('s.person_id')
            .where('f.activity_id', '=', circle.activityId)
            .where('s.cancelled_at', 'is', null),
        ),
        ...(circle.localGroupId ? [eb('p.local_group_id', '=', circle.localGroupId)] : []),
      ]),
    );
  }
  for (const word of text.toLowerCase().split(/\s+/).filter(Boolean)) {
    select = select.where(
      sql`lower(p.first_name || ' ' || p.last_name)`,
      'like',
      `%${escapeLike(word)}%`,
    );
  }
  const rows = await select.orderBy('p.first_name').orderBy('p.last_name').limit(20).execute();
  return rows.map((row) => ({ id: row.id, name: `${row.first_name} ${row.last_name}` }));
}
