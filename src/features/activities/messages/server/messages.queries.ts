import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { FeedShift } from '../../feeds/server/feeds.queries.ts';
import type {
  ActivityVisibility,
  SignupSource,
} from '../../../../platform/shared/db-values.generated.ts';

type Db = Kysely<DB>;

/** Everything one message about one sign-up says: the person, the shift, the activity. */
export interface MessageSignup extends FeedShift {
  signup_id: string;
  organization_id: string;
  person_id: string;
  activity_id: string;
  source: SignupSource;
  first_name: string;
  email: string | null;
  /** Can log in (and cancel on the activity's page); guests and booked contacts cannot. */
  has_account: boolean;
  visibility: ActivityVisibility;
  reminder_offset_minutes: number;
  signup_cutoff_minutes: number;
  organization_name: string;
  organization_slug: string;
  contact_first_name: string | null;
  contact_last_name: string | null;
}

function messageSignups(db: Db) {
  return db
    .selectFrom('signups as su')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('activity_types as t', 't.id', 'a.type_id')
    .innerJoin('people as p', 'p.id', 'su.person_id')
    .innerJoin('organizations as o', 'o.id', 'su.organization_id')
    .leftJoin('people as c', 'c.id', 'a.contact_person_id')
    .select([
      'su.id as signup_id',
      'su.organization_id',
      'su.person_id',
      'su.status as signup_status',
      'su.source',
      'p.first_name',
      // An erased person keeps no address; a sign-up does not bring one back.
      sql<string | null>`case when p.erased_at is null then p.email end`.as('email'),
      sql<boolean>`exists (select 1 from accounts ac where ac.person_id = su.person_id)`.as(
        'has_account',
      ),
      's.id as shift_id',
      's.title as shift_title',
      's.starts_at as shift_starts_at',
      's.ends_at as shift_ends_at',
      'a.id',
      'a.id as activity_id',
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
      'a.image_url',
      'a.visibility',
      'a.reminder_offset_minutes',
      'a.signup_cutoff_minutes',
      't.name as type_name',
      'o.name as organization_name',
      'o.slug as organization_slug',
      'c.first_name as contact_first_name',
      'c.last_name as contact_last_name',
    ]);
}

export async function findMessageSignup(db: Db, signupId: string): Promise<MessageSignup | null> {
  return (await messageSignups(db).where('su.id', '=', signupId).executeTakeFirst()) ?? null;
}

/** The activity's live sign-ups (or only the confirmed ones), in shift and sign-up order. */
export async function listMessageSignups(
  db: Db,
  activityId: string,
  statuses: ('confirmed' | 'waiting')[],
): Promise<MessageSignup[]> {
  return messageSignups(db)
    .where('a.id', '=', activityId)
    .where('su.status', 'in', statuses)
    .orderBy('s.starts_at')
    .orderBy('su.created_at')
    .orderBy('su.id')
    .execute();
}

/** What the notifier needs to decide whether anyone is to be told. */
export async function findActivityForNotice(db: Db, activityId: string) {
  return db
    .selectFrom('activities as a')
    .select([
      'a.id',
      'a.ends_at',
      'a.sequence',
      'a.cancelled_at',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('signups as su')
              .innerJoin('shifts as s', 's.id', 'su.shift_id')
              .select('su.id')
              .whereRef('s.activity_id', '=', 'a.id')
              .where('su.status', '<>', 'cancelled'),
          )
          .as('has_signups'),
    ])
    .where('a.id', '=', activityId)
    .executeTakeFirst();
}

/** The confirmed sign-ups whose reminders depend on the activity's time and reminder offset. */
export async function listConfirmedSignupIds(db: Db, activityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('signups as su')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .select('su.id')
    .where('s.activity_id', '=', activityId)
    .where('su.status', '=', 'confirmed')
    .execute();
  return rows.map((row) => row.id);
}
