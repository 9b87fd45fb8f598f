import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { selectPublicActivities } from '../../public/server/public-activities.queries.ts';
import type { SignupStatus } from '../../../../platform/shared/db-values.generated.ts';

// What the feeds show. Public feeds: published public activities only (scheduled ones once their
// time has come), cancelled ones kept so subscribed calendars learn of the cancellation.

const DAY = 86_400_000;
/** Feeds reach this far back and ahead; older and later events need no syncing. */
export const FEED_WINDOW = { pastDays: 60, futureDays: 400 };

export interface FeedActivity {
  id: string;
  title: string;
  place: string;
  latitude: number | null;
  longitude: number | null;
  starts_at: Date;
  ends_at: Date;
  description: string;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  type_name: string;
  image_url: string | null;
}

export async function findLocalGroupName(
  db: Kysely<DB>,
  organizationId: string,
  groupId: string,
): Promise<string | undefined> {
  const group = await db
    .selectFrom('local_groups')
    .select('name')
    .where('organization_id', '=', organizationId)
    .where('id', '=', groupId)
    .executeTakeFirst();
  return group?.name;
}

function activityColumns(db: Kysely<DB>) {
  return db
    .selectFrom('activities as a')
    .innerJoin('activity_types as t', 't.id', 'a.type_id')
    .select([
      'a.id',
      'a.title',
      'a.place',
      'a.latitude',
      'a.longitude',
      'a.starts_at',
      'a.ends_at',
      'a.description',
      'a.cancelled_at',
      'a.cancel_reason',
      'a.sequence',
      'a.created_at',
      'a.updated_at',
      't.name as type_name',
      'a.image_url',
    ]);
}

/** The kalendarium's activities (published, public) with what an event in a feed needs. */
function publicFeedActivities(db: Kysely<DB>, organizationId: string, now: Date) {
  return selectPublicActivities(db, organizationId, now).select([
    'a.description',
    'a.cancel_reason',
    'a.sequence',
    'a.created_at',
    'a.updated_at',
    'a.image_url',
  ]);
}

/** Rows of a public feed read at a time: a slice of work short enough to answer others between. */
export const FEED_BATCH = 200;

/**
 * Published public activities of an association (or one local group) within the feed window,
 * read `FEED_BATCH` rows at a time through a cursor in one repeatable-read transaction (every
 * batch sees the same moment), with `pause` awaited between batches: on PGlite the query runs
 * in this very thread, and reading thousands of rows at once would hold everyone else up.
 */
export async function listPublicFeedActivities(
  db: Kysely<DB>,
  organizationId: string,
  options: { localGroupId?: string; now?: Date; pause?: () => Promise<unknown> } = {},
): Promise<FeedActivity[]> {
  const now = options.now ?? new Date();
  let query = publicFeedActivities(db, organizationId, now)
    .where('a.ends_at', '>=', new Date(now.getTime() - FEED_WINDOW.pastDays * DAY))
    .where('a.starts_at', '<', new Date(now.getTime() + FEED_WINDOW.futureDays * DAY));
  if (options.localGroupId) query = query.where('a.local_group_id', '=', options.localGroupId);
  const ordered = query.orderBy('a.starts_at').orderBy('a.id').limit(5000);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`declare feed_rows no scroll cursor for ${ordered}`.execute(trx);
      const activities: FeedActivity[] = [];
      for (;;) {
        const batch = sql<FeedActivity>`fetch ${sql.lit(FEED_BATCH)} from feed_rows`;
        const { rows } = await batch.execute(trx);
        activities.push(...rows);
        if (rows.length < FEED_BATCH) return activities;
        await options.pause?.();
      }
    });
}

/** One published public activity, for its .ics; undefined when there is none to show. */
export async function findPublicActivity(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  now = new Date(),
): Promise<FeedActivity | undefined> {
  return publicFeedActivities(db, organizationId, now).where('a.id', '=', id).executeTakeFirst();
}

/** One activity with what the read policy needs, within the caller's association. */
export async function findActivityForReader(db: Kysely<DB>, organizationId: string, id: string) {
  return activityColumns(db)
    .select(['a.local_group_id', 'a.contact_person_id', 'a.visibility', 'a.publish_at'])
    .where('a.organization_id', '=', organizationId)
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export interface FeedShift extends FeedActivity {
  shift_id: string;
  shift_title: string;
  shift_starts_at: Date;
  shift_ends_at: Date;
  signup_status: SignupStatus;
}

/** A person's live sign-ups (confirmed or waiting) within the feed window, one per shift. */
export async function listPersonalFeedShifts(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  now = new Date(),
): Promise<FeedShift[]> {
  return activityColumns(db)
    .innerJoin('shifts as s', 's.activity_id', 'a.id')
    .innerJoin('signups as su', 'su.shift_id', 's.id')
    .select([
      's.id as shift_id',
      's.title as shift_title',
      's.starts_at as shift_starts_at',
      's.ends_at as shift_ends_at',
      'su.status as signup_status',
    ])
    .where('su.organization_id', '=', organizationId)
    .where('su.person_id', '=', personId)
    .where('su.status', '<>', 'cancelled')
    .where('s.ends_at', '>=', new Date(now.getTime() - FEED_WINDOW.pastDays * DAY))
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(5000)
    .execute();
}

/** The newest change among the rows, for Last-Modified / ETag. */
export function latestChange(rows: { updated_at: Date }[]): Date | null {
  return rows.reduce<Date | null>(
    (latest, row) => (latest === null || row.updated_at > latest ? row.updated_at : latest),
    null,
  );
}
