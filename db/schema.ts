import type { ColumnType, Generated } from 'kysely';
import type {
  ActivitiesTable,
  ActivityReportsTable,
  ActivitySeriesTable,
  ActivityTypesTable,
  CampaignsTable,
  GuestSignupsTable,
  ShiftsTable,
  SignupsTable,
} from './schema-activities.ts';

export type * from './schema-activities.ts';

/** Kysely types for the tables the migrations create. `schema.test.ts` checks they match. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type OrganizationKind = 'party' | 'district' | 'association';
export type RoleName = 'admin' | 'organizer' | 'coordinator' | 'activist';
export type Gender = 'woman' | 'man' | 'other';
export type MembershipStatus = 'active' | 'lapsed' | 'resigned';

export interface OrganizationsTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: OrganizationKind;
  slug: string;
  name: string;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  /** Months after which a contact without consent or activity is flagged; 0 is off. */
  retention_months: Generated<number>;
}

export interface LocalGroupsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  area_description: Generated<string>;
  coordinator_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PeopleTable {
  id: Generated<string>;
  organization_id: string;
  local_group_id: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  is_member: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  address: string | null;
  postcode: string | null;
  city: string | null;
  gender: Gender | null;
  birth_year: number | null;
  member_number: string | null;
  /** 'YYYY-MM-DD' */
  member_since: string | null;
  membership_status: Generated<MembershipStatus>;
  notes: Generated<string>;
  /** Custom field values by field id. */
  custom: ColumnType<Record<string, unknown>, string | undefined, string>;
  erased_at: Timestamp | null;
}

export interface CommitteesTable {
  id: Generated<string>;
  organization_id: string;
  kind: 'board' | 'council_group' | 'working_group';
  name: string;
  created_at: CreatedAt;
}

export interface CommitteeMembersTable {
  organization_id: string;
  committee_id: string;
  person_id: string;
  title: Generated<string>;
}

export interface AccountsTable {
  id: Generated<string>;
  organization_id: string;
  person_id: string;
  email: string;
  password_hash: string | null;
  role: RoleName;
  created_at: CreatedAt;
  last_login_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  organization_id: string;
  account_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Timestamp;
}

export interface AccountTokensTable {
  id: Generated<string>;
  organization_id: string;
  kind: 'password_reset' | 'invitation';
  token_hash: string;
  account_id: string | null;
  email: string;
  role: RoleName | null;
  first_name: string | null;
  last_name: string | null;
  local_group_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxTable {
  id: Generated<string>;
  organization_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  status: 'stored' | 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  attachments: ColumnType<
    { filename: string; contentType: string; content: string }[],
    string | undefined,
    string
  >;
}

export interface AuditLogTable {
  id: Generated<string>;
  organization_id: string;
  account_id: string | null;
  action: string;
  person_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  created_at: CreatedAt;
}

export interface TagGroupsTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface TagsTable {
  id: Generated<string>;
  organization_id: string;
  tag_group_id: string | null;
  name: string;
  colour: string;
  created_at: CreatedAt;
}

export interface PersonTagsTable {
  organization_id: string;
  person_id: string;
  tag_id: string;
  created_by: string | null;
  created_at: CreatedAt;
}

type Json<T> = ColumnType<T, string, string>;

export interface SavedListsTable {
  id: Generated<string>;
  organization_id: string;
  owner_account_id: string | null;
  name: string;
  description: Generated<string>;
  filter: Json<unknown>;
  sort: Json<unknown>;
  columns: ColumnType<string[], string | undefined, string>;
  is_shared: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export type CustomFieldKind =
  'text' | 'number' | 'date' | 'choice' | 'multi_choice' | 'yes_no' | 'url';

export interface CustomFieldsTable {
  id: Generated<string>;
  organization_id: string;
  label: string;
  kind: CustomFieldKind;
  options: ColumnType<string[], string | undefined, string>;
  position: Generated<number>;
  created_at: CreatedAt;
}

export type ConsentPurpose = 'contact' | 'newsletter' | 'calling' | 'canvassing' | 'events';

export interface ConsentsTable {
  id: Generated<string>;
  organization_id: string;
  person_id: string;
  purpose: ConsentPurpose;
  given_at: Timestamp;
  source: string;
  wording: string;
  withdrawn_at: Timestamp | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface DistinctPeopleTable {
  organization_id: string;
  first_id: string;
  second_id: string;
  decided_by: string | null;
  created_at: CreatedAt;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
  id: Generated<string>;
  organization_id: string | null;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  status: Generated<JobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_at: Timestamp | null;
  locked_by: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

export interface PersonNotesTable {
  id: Generated<string>;
  organization_id: string;
  person_id: string;
  author_account_id: string | null;
  body: string;
  created_at: CreatedAt;
}

export interface DB {
  person_notes: PersonNotesTable;
  organizations: OrganizationsTable;
  local_groups: LocalGroupsTable;
  people: PeopleTable;
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  account_tokens: AccountTokensTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  tag_groups: TagGroupsTable;
  tags: TagsTable;
  person_tags: PersonTagsTable;
  saved_lists: SavedListsTable;
  custom_fields: CustomFieldsTable;
  consents: ConsentsTable;
  distinct_people: DistinctPeopleTable;
  campaigns: CampaignsTable;
  activity_types: ActivityTypesTable;
  activity_series: ActivitySeriesTable;
  activities: ActivitiesTable;
  shifts: ShiftsTable;
  signups: SignupsTable;
  guest_signups: GuestSignupsTable;
  activity_reports: ActivityReportsTable;
  jobs: JobsTable;
  calendar_feeds: CalendarFeedsTable;
}

export interface CalendarFeedsTable {
  id: Generated<string>;
  organization_id: string;
  person_id: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}
