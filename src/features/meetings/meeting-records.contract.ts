import { z } from 'zod';
import { Id, Timestamp } from '../../platform/shared/atoms.ts';
import { decisionOutcomes, taskStatuses } from '../../platform/shared/db-values.generated.ts';
import { Ref } from '../activities/schedule/activities.contract.ts';

// What a meeting leaves behind: decisions and elections per agenda item, the minutes and their
// approval by the adjusters, tasks from decisions, the board's named responsibilities and the
// numbers for the activity plan. The routes are in meetings.contract.ts.

/** bifall, avslag, bordläggning, återremiss, annat. */
export const DecisionOutcome = z.enum(decisionOutcomes);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;
export const TaskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof TaskStatus>;

const Count = z.number().int().min(0).max(100000);

export const DecisionProposal = z.object({
  text: z.string().trim().min(1).max(2000),
  /** Who put it: a name, or the board ("styrelsen"). */
  proposer: z.string().trim().max(200).default(''),
});

const DecisionFields = z.object({
  proposals: z.array(DecisionProposal).max(20),
  /** The decision as the minutes word it ("att …"). */
  text: z.string().trim().min(1).max(5000),
  outcome: DecisionOutcome,
  /** Counted votes; null when not counted (acclamation). */
  votesFor: Count.nullable(),
  votesAgainst: Count.nullable(),
  votesAbstaining: Count.nullable(),
});
export const DecisionInput = DecisionFields.extend({
  proposals: DecisionFields.shape.proposals.default([]),
  votesFor: Count.nullable().default(null),
  votesAgainst: Count.nullable().default(null),
  votesAbstaining: Count.nullable().default(null),
});
export const DecisionPatch = DecisionFields.partial();

export const Decision = z.object({
  id: Id,
  itemId: Id,
  position: z.number().int(),
  proposals: z.array(z.object({ text: z.string(), proposer: z.string() })),
  text: z.string(),
  outcome: DecisionOutcome,
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstaining: z.number().int().nullable(),
  taskCount: z.number().int(),
});
export type Decision = z.infer<typeof Decision>;

/** Someone elected: a person in the register (named from it), or a name alone. */
export const ElectedInput = z
  .object({
    personId: Id.nullable().default(null),
    name: z.string().trim().max(200).default(''),
    isDeputy: z.boolean().default(false),
  })
  .refine((e) => e.personId !== null || e.name.length > 0, {
    path: ['name'],
    message: 'Give a person or a name',
  });

export const ElectionInput = z.object({
  /** What they were elected to: "Ombud till distriktsårsmötet". */
  office: z.string().trim().min(1).max(200),
  note: z.string().trim().max(2000).default(''),
  elected: z.array(ElectedInput).max(100),
});
export const ElectionPatch = z.object({
  office: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().max(2000).optional(),
  elected: z.array(ElectedInput).max(100).optional(),
});

export const Election = z.object({
  id: Id,
  itemId: Id,
  office: z.string(),
  note: z.string(),
  elected: z.array(z.object({ personId: Id.nullable(), name: z.string(), isDeputy: z.boolean() })),
});
export type Election = z.infer<typeof Election>;

/** draft: being written; ready: with the adjusters; published: every adjuster approved. */
export const minutesStatuses = ['none', 'draft', 'ready', 'published'] as const;
export const MinutesStatus = z.enum(minutesStatuses);
export type MinutesStatus = z.infer<typeof MinutesStatus>;

export const Adjuster = z.object({
  person: Ref,
  approvedAt: Timestamp.nullable(),
});

export const Minutes = z.object({
  meetingId: Id,
  status: MinutesStatus,
  /** The meeting's activity title, date and place: the heading of the printed minutes. */
  title: z.string(),
  startsAt: Timestamp,
  place: z.string(),
  /** Markdown source; null before it is generated. */
  markdown: z.string().nullable(),
  /** The Markdown rendered to sanitized HTML (the printable page). */
  html: z.string(),
  adjusters: z.array(Adjuster),
  readyAt: Timestamp.nullable(),
  publishedAt: Timestamp.nullable(),
  /** The caller may edit and send it (the meeting's managers), until it is published. */
  canEdit: z.boolean(),
  /** The caller is an adjuster who has not yet approved this version, and it is ready. */
  canApprove: z.boolean(),
});
export type Minutes = z.infer<typeof Minutes>;

export const MinutesInput = z.object({ markdown: z.string().max(200000) });
export const AdjustersInput = z.object({ personIds: z.array(Id).min(1).max(5) });
/** An adjuster's approval names the version read: the minutes' `readyAt` when they were shown. */
export const MinutesApproval = z.object({ readyAt: Timestamp });

const TaskFields = z.object({
  title: z.string().trim().min(1).max(300),
  responsiblePersonId: Id.nullable(),
  /** 'YYYY-MM-DD' */
  dueOn: z.iso.date().nullable(),
  status: TaskStatus,
  /** The activity plan's means it serves, by name. */
  planMeans: z.string().trim().max(200),
  followUpNote: z.string().trim().max(2000),
});
export const TaskInput = TaskFields.extend({
  responsiblePersonId: Id.nullable().default(null),
  dueOn: z.iso.date().nullable().default(null),
  status: TaskStatus.default('open'),
  planMeans: TaskFields.shape.planMeans.default(''),
  followUpNote: TaskFields.shape.followUpNote.default(''),
});
export const TaskPatch = TaskFields.partial();

export const Task = z.object({
  id: Id,
  meetingId: Id,
  /** The meeting's activity title and start, to say where it was decided. */
  meetingTitle: z.string(),
  meetingStartsAt: Timestamp,
  decisionId: Id.nullable(),
  decisionText: z.string().nullable(),
  title: z.string(),
  responsible: Ref.nullable(),
  dueOn: z.string().nullable(),
  status: TaskStatus,
  planMeans: z.string(),
  followUpNote: z.string(),
  completedAt: Timestamp.nullable(),
  /** Open and its due date passed. */
  isOverdue: z.boolean(),
});
export type Task = z.infer<typeof Task>;

export const TaskListQuery = z.object({
  status: TaskStatus.optional(),
  meetingId: Id.optional(),
  /** Only the caller's own tasks. */
  mine: z.enum(['true', 'false']).optional(),
});

const BoardRoleFields = z.object({
  /** The responsibility: "Intern antirasism", "Internfeministiskt arbete". */
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  personId: Id.nullable(),
  position: z.number().int().min(0).max(1000),
});
export const BoardRoleInput = BoardRoleFields.extend({
  description: BoardRoleFields.shape.description.default(''),
  personId: Id.nullable().default(null),
  position: BoardRoleFields.shape.position.default(0),
});
export const BoardRolePatch = BoardRoleFields.partial();
export const BoardRole = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  person: Ref.nullable(),
  position: z.number().int(),
});
export type BoardRole = z.infer<typeof BoardRole>;

export const NumbersQuery = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: 'from is after to', path: ['to'] });
export type NumbersQuery = z.infer<typeof NumbersQuery>;

const GenderTotals = z.object({ turns: z.number().int(), seconds: z.number().int() });

/** The plan's numbers for meetings held (not cancelled, started before the period's end). */
export const MeetingNumbers = z.object({
  from: z.string(),
  to: z.string(),
  held: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  /** Distinct local groups whose meetings they were (null group: the whole association). */
  localGroups: z.number().int(),
  /** Distinct election districts the meetings' map points fall in (when areas has an election). */
  districts: z.number().int(),
  /** People checked in, summed over the meetings, and the mean per meeting. */
  attendance: z.number().int(),
  meanAttendance: z.number(),
  topicsProposed: z.number().int(),
  topicsTakenUp: z.number().int(),
  /** Turns and seconds by self-stated gender (`not_stated` for none). */
  speakingByGender: z.record(z.string(), GenderTotals),
  decisions: z.number().int(),
  tasksOpen: z.number().int(),
  tasksDone: z.number().int(),
});
export type MeetingNumbers = z.infer<typeof MeetingNumbers>;
