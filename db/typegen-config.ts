/**
 * What the catalog cannot tell the type generator (db/typegen.ts): the names of the value lists
 * it finds, and the shape of JSON columns. Everything else comes from the migrated database.
 */

export interface EnumName {
  type: string;
  values: string;
  columns: string[];
}

export interface TypegenConfig {
  enumNames: EnumName[];
  jsonTypes: Record<string, string>;
  neverUpdated: string[];
}

/**
 * Every column whose values are a fixed list (`check (col in (...))` or a PostgreSQL enum type)
 * gets a name here: the generator exports `values` as a const array and `type` as its union.
 * Columns sharing a name must allow the same values.
 */
const enumNames: EnumName[] = [
  { type: 'OrganizationKind', values: 'organizationKinds', columns: ['organizations.kind'] },
  { type: 'RoleName', values: 'roleNames', columns: ['accounts.role', 'account_tokens.role'] },
  {
    type: 'Gender',
    values: 'genders',
    columns: ['people.gender', 'meeting_speakers.gender'],
  },
  {
    type: 'MembershipStatus',
    values: 'membershipStatuses',
    columns: ['people.membership_status'],
  },
  { type: 'CommitteeKind', values: 'committeeKinds', columns: ['committees.kind'] },
  { type: 'AccountTokenKind', values: 'accountTokenKinds', columns: ['account_tokens.kind'] },
  { type: 'OutboxStatus', values: 'outboxStatuses', columns: ['outbox.status'] },
  { type: 'CustomFieldKind', values: 'customFieldKinds', columns: ['custom_fields.kind'] },
  { type: 'ConsentPurpose', values: 'consentPurposes', columns: ['consents.purpose'] },
  { type: 'JobStatus', values: 'jobStatuses', columns: ['jobs.status'] },
  {
    type: 'ActivityVisibility',
    values: 'activityVisibilities',
    columns: ['activities.visibility'],
  },
  { type: 'Recurrence', values: 'recurrences', columns: ['activity_series.recurrence'] },
  { type: 'SignupStatus', values: 'signupStatuses', columns: ['signups.status'] },
  { type: 'SignupSource', values: 'signupSources', columns: ['signups.source'] },
  { type: 'Party', values: 'parties', columns: ['area_settings.party'] },
  { type: 'MeetingKind', values: 'meetingKinds', columns: ['meetings.kind'] },
  { type: 'AgendaItemKind', values: 'agendaItemKinds', columns: ['meeting_agenda_items.kind'] },
  { type: 'CheckInMethod', values: 'checkInMethods', columns: ['meeting_attendance.method'] },
  { type: 'SpeechKind', values: 'speechKinds', columns: ['meeting_speakers.kind'] },
  { type: 'SpeakerAddedBy', values: 'speakerAddedBy', columns: ['meeting_speakers.added_by'] },
  {
    type: 'DecisionOutcome',
    values: 'decisionOutcomes',
    columns: ['meeting_decisions.outcome'],
  },
  { type: 'TaskStatus', values: 'taskStatuses', columns: ['meeting_tasks.status'] },
];

/**
 * The type a jsonb column reads as, where the code relies on a shape; the others read as
 * `unknown`. JSON columns are written as JSON text (`JSON.stringify`).
 */
const jsonTypes: Record<string, string> = {
  'audit_log.details': 'Record<string, unknown>',
  'jobs.payload': 'Record<string, unknown>',
  'people.custom': 'Record<string, unknown>',
  'people_import_changes.before': 'Record<string, unknown>',
  'people_import_changes.after': 'Record<string, unknown>',
  'outbox.attachments': '{ filename: string; contentType: string; content: string }[]',
  'outbox.secret_links': '{ minter: string; id: string; url: string }[]',
  'saved_lists.columns': 'string[]',
  'custom_fields.options': 'string[]',
  'activity_series.exceptions': 'string[]',
  'election_districts.party_votes': 'Record<string, number>',
  'election_unallocated.party_votes': 'Record<string, number>',
  'meeting_agenda_items.documents': '{ title: string; url: string }[]',
  'meeting_decisions.proposals': '{ text: string; proposer: string }[]',
  'area_settings.weights':
    '{ lowTurnout: number; partyShare: number; eligibleVoters: number; nonVoters: number }',
};

/** Columns the code never updates, besides every `created_at`. */
const neverUpdated: string[] = ['audit_log.details'];

export const typegenConfig: TypegenConfig = { enumNames, jsonTypes, neverUpdated };
