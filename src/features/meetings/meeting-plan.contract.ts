import { z } from 'zod';
import { Id, Timestamp } from '../../platform/shared/atoms.ts';
import { agendaItemKinds, meetingKinds } from '../../platform/shared/db-values.generated.ts';
import { Ref } from '../activities/schedule/activities.contract.ts';
import { Decision, Election } from './meeting-records.contract.ts';

// Planning a meeting: the meeting on its activity, its agenda, planning group, invited partners
// and the topics members propose. The routes are in meetings.contract.ts.

export const MeetingKind = z.enum(meetingKinds);
export type MeetingKind = z.infer<typeof MeetingKind>;
export const AgendaItemKind = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** A person as others see them in a meeting: the name only. */
export const PersonName = Ref;
export type PersonName = z.infer<typeof PersonName>;

const Seconds = z.number().int().min(10).max(3600);

const MeetingFields = z.object({
  kind: MeetingKind,
  theme: z.string().trim().max(300),
  /** The council group (or another committee) planning it with the planners. */
  planningCommitteeId: Id.nullable(),
  chairPersonId: Id.nullable(),
  secretaryPersonId: Id.nullable(),
  /** At least this many checked in (the annual meeting's quorum); null: no rule. */
  quorumMinimum: z.number().int().min(1).max(10000).nullable(),
  firstTimeSpeakersFirst: z.boolean(),
  /** Seconds per turn; null: no limit. */
  speakingSeconds: Seconds.nullable(),
  /** Seconds per reply (replik); null: no limit. */
  replySeconds: Seconds.nullable(),
});

/** A meeting on an existing activity (of type member or board meeting, say). */
export const MeetingInput = MeetingFields.partial().extend({
  activityId: Id,
  kind: MeetingKind,
});
export type MeetingInput = z.infer<typeof MeetingInput>;
export const MeetingPatch = MeetingFields.partial();
export type MeetingPatch = z.infer<typeof MeetingPatch>;

/** Where and when, from the meeting's activity. */
export const MeetingActivity = z.object({
  id: Id,
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  place: z.string(),
  localGroup: Ref.nullable(),
  cancelledAt: Timestamp.nullable(),
});

export const MeetingListItem = z.object({
  id: Id,
  kind: MeetingKind,
  theme: z.string(),
  activity: MeetingActivity,
  openedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  minutesPublishedAt: Timestamp.nullable(),
  agendaItemCount: z.number().int(),
  proposalCount: z.number().int(),
  attendanceCount: z.number().int(),
  /** May plan, chair and keep the minutes (organizers, the chair, the planners). */
  canManage: z.boolean(),
});
export type MeetingListItem = z.infer<typeof MeetingListItem>;

export const MeetingListQuery = z.object({
  /** Meetings ending after this moment; default: none before. */
  from: Timestamp.optional(),
  /** Meetings starting before this moment. */
  to: Timestamp.optional(),
  kind: MeetingKind.optional(),
});

export const AgendaDocument = z.object({
  title: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(1000),
});
export type AgendaDocument = z.infer<typeof AgendaDocument>;

const AgendaItemFields = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  kind: AgendaItemKind,
  preparerPersonId: Id.nullable(),
  documents: z.array(AgendaDocument).max(20),
});
export const AgendaItemInput = AgendaItemFields.extend({
  description: AgendaItemFields.shape.description.default(''),
  preparerPersonId: Id.nullable().default(null),
  documents: AgendaItemFields.shape.documents.default([]),
});
export type AgendaItemInput = z.input<typeof AgendaItemInput>;
export const AgendaItemPatch = AgendaItemFields.partial();
export const AgendaOrderInput = z.object({ itemIds: z.array(Id).min(1).max(200) });

export const AgendaItem = z.object({
  id: Id,
  position: z.number().int(),
  title: z.string(),
  description: z.string(),
  kind: AgendaItemKind,
  preparer: PersonName.nullable(),
  documents: z.array(AgendaDocument),
  /** The member's proposal it was taken from, if any. */
  proposalId: Id.nullable(),
  decisions: z.array(Decision),
  elections: z.array(Election),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const PartnerInput = z.object({
  name: z.string().trim().min(1).max(200),
  contactNote: z.string().trim().max(1000).default(''),
});
export const Partner = z.object({ id: Id, name: z.string(), contactNote: z.string() });

export const PlanningInput = z.object({
  personIds: z.array(Id).max(50),
  /** The council group, say; null: none. */
  committeeId: Id.nullable(),
});

export const Meeting = MeetingListItem.extend({
  planningCommittee: z.object({ id: Id, name: z.string(), kind: z.string() }).nullable(),
  planners: z.array(PersonName),
  chair: PersonName.nullable(),
  secretary: PersonName.nullable(),
  quorumMinimum: z.number().int().nullable(),
  firstTimeSpeakersFirst: z.boolean(),
  speakingSeconds: z.number().int().nullable(),
  replySeconds: z.number().int().nullable(),
  /** Shown in the room; only to those who manage the meeting (null for others). */
  checkInCode: z.string().nullable(),
  partners: z.array(Partner),
  agenda: z.array(AgendaItem),
  /** The caller checked in. */
  isCheckedIn: z.boolean(),
  /** The caller is one of the adjusters of its minutes. */
  isAdjuster: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

export const TopicProposalInput = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
});

/** A member's proposed topic; ranked by supports, then oldest first. */
export const TopicProposal = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  supportCount: z.number().int(),
  /** The caller supports it. */
  isSupported: z.boolean(),
  /** The caller proposed it. */
  isMine: z.boolean(),
  /** Who proposed it: shown to those who plan the meeting only (null for others). */
  proposer: PersonName.nullable(),
  /** Taken onto the agenda as this item. */
  agendaItemId: Id.nullable(),
  createdAt: Timestamp,
});
export type TopicProposal = z.infer<typeof TopicProposal>;

export const TakeProposalInput = z.object({
  /** The agenda item's kind; discussion unless said. */
  kind: AgendaItemKind.default('discussion'),
});
