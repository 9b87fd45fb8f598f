import type { ColumnType, Generated } from 'kysely';

/** Kysely types for the activities tables (migration 0010); part of `DB` in schema.ts. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type ActivityVisibility = 'draft' | 'members' | 'public';
export type SignupStatus = 'confirmed' | 'waiting' | 'cancelled';

export interface CampaignsTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  description: Generated<string>;
  /** 'YYYY-MM-DD' */
  starts_on: string | null;
  ends_on: string | null;
  colour: Generated<string>;
  owner_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ActivityTypesTable {
  id: Generated<string>;
  organization_id: string;
  key: string | null;
  name: string;
  position: Generated<number>;
  is_archived: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ActivitySeriesTable {
  id: Generated<string>;
  organization_id: string;
  recurrence: 'weekly' | 'biweekly' | 'monthly';
  starts_on: string;
  until_on: string;
  /** Skipped dates, 'YYYY-MM-DD'. */
  exceptions: ColumnType<string[], string | undefined, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ActivitiesTable {
  id: Generated<string>;
  organization_id: string;
  title: string;
  type_id: string;
  campaign_id: string | null;
  local_group_id: string | null;
  place: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  description: Generated<string>;
  contact_person_id: string | null;
  visibility: Generated<ActivityVisibility>;
  publish_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  signup_cutoff_minutes: Generated<number>;
  reminder_offset_minutes: Generated<number>;
  sequence: Generated<number>;
  image_url: string | null;
  series_id: string | null;
  occurrence_date: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ShiftsTable {
  id: Generated<string>;
  organization_id: string;
  activity_id: string;
  title: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  capacity: number | null;
  wanted: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SignupsTable {
  id: Generated<string>;
  organization_id: string;
  shift_id: string;
  person_id: string;
  status: SignupStatus;
  waiting_since: Timestamp | null;
  source: 'self' | 'booked' | 'guest';
  booked_by: string | null;
  attended: boolean | null;
  cancelled_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface GuestSignupsTable {
  id: Generated<string>;
  organization_id: string;
  shift_id: string;
  /** Names and addresses are cleared once confirmed. */
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  consent_wording: string;
  token_hash: string;
  expires_at: Timestamp;
  confirmed_at: Timestamp | null;
  signup_id: string | null;
  created_at: CreatedAt;
}

export interface ActivityReportsTable {
  activity_id: string;
  organization_id: string;
  leaflets: number | null;
  doors_knocked: number | null;
  conversations: number | null;
  new_contacts: number | null;
  note: Generated<string>;
  reported_by: string | null;
  reported_at: UpdatedAt;
}
