import { z } from 'zod';
import { Id, Timestamp } from '../../platform/shared/atoms.ts';
import { checkInMethods, speechKinds } from '../../platform/shared/db-values.generated.ts';
import { Ref } from '../activities/schedule/activities.contract.ts';

// The meeting in the room: attendance, the speakers' list and its live state (polled every few
// seconds with an ETag), and the statistics of who spoke. The routes are in meetings.contract.ts.

export const SpeechKind = z.enum(speechKinds);
export type SpeechKind = z.infer<typeof SpeechKind>;
export const CheckInMethod = z.enum(checkInMethods);

/** The statistics' genders: as people stated them, and `not_stated`. */
export const statisticsGenders = ['woman', 'man', 'other', 'not_stated'] as const;
export type StatisticsGender = (typeof statisticsGenders)[number];

export const CheckInInput = z.object({
  code: z
    .string()
    .trim()
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{4,8}$/, 'the code shown in the room')),
});
export const AttendeeInput = z.object({ personId: Id });

export const Attendee = z.object({
  person: Ref,
  method: CheckInMethod,
  checkedInAt: Timestamp,
});

/** Ask for the floor; the chair may name someone else (`personId`). */
export const FloorRequestInput = z
  .object({
    kind: SpeechKind.default('speech'),
    /** A reply (replik) answers this turn: the one speaking or the last one. */
    replyToId: Id.optional(),
    /** The chair adds this person; only the meeting's managers may. */
    personId: Id.optional(),
    /** The agenda item; the current one when left out. */
    itemId: Id.optional(),
  })
  .refine((r) => (r.kind === 'reply') === (r.replyToId !== undefined), {
    path: ['replyToId'],
    message: 'A reply answers a turn, a speech none',
  });

export const CurrentItemInput = z.object({ itemId: Id.nullable() });

/** One place on the speakers' list. */
export const SpeakerEntry = z.object({
  id: Id,
  itemId: Id,
  person: Ref.nullable(),
  kind: SpeechKind,
  replyToId: Id.nullable(),
  requestedAt: Timestamp,
  /** Has not yet spoken at this meeting (first-time speaker). */
  isFirstTime: z.boolean(),
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
});
export type SpeakerEntry = z.infer<typeof SpeakerEntry>;

/** A finished turn, on the chair's own list only. */
export const FinishedTurn = SpeakerEntry.extend({ seconds: z.number().int() });

export const LiveState = z.object({
  meetingId: Id,
  /** Raised by every change; also the answer's ETag. */
  version: z.number().int(),
  /** The server's clock when answering: timers count from here, not the phone's clock. */
  serverNow: Timestamp,
  title: z.string(),
  theme: z.string(),
  openedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  currentItem: z
    .object({ id: Id, position: z.number().int(), title: z.string(), kind: z.string() })
    .nullable(),
  firstTimeSpeakersFirst: z.boolean(),
  speakingSeconds: z.number().int().nullable(),
  replySeconds: z.number().int().nullable(),
  /** The one speaking now, with the limit of this turn (null: none). */
  current: SpeakerEntry.extend({ limitSeconds: z.number().int().nullable() }).nullable(),
  /** Waiting, in the order they will speak. */
  queue: z.array(SpeakerEntry),
  attendanceCount: z.number().int(),
  /** Null: the meeting has no quorum rule. */
  quorum: z.object({ minimum: z.number().int(), isMet: z.boolean() }).nullable(),
  /** The caller's own part. */
  me: z.object({
    isCheckedIn: z.boolean(),
    /** The caller's waiting entry and its 1-based place in the queue. */
    entryId: Id.nullable(),
    place: z.number().int().nullable(),
    canChair: z.boolean(),
  }),
  /**
   * Only for those who manage the meeting (null for others): the check-in code, and the finished
   * turns with each person's seconds — those only to the chair and organizers while the meeting
   * is open (null otherwise).
   */
  chair: z
    .object({ checkInCode: z.string(), finished: z.array(FinishedTurn).nullable() })
    .nullable(),
});
export type LiveState = z.infer<typeof LiveState>;

export const SpeakingTotals = z.object({
  turns: z.number().int(),
  seconds: z.number().int(),
  /** Distinct people (or, for erased ones, turns) behind the totals. */
  speakers: z.number().int(),
});
export type SpeakingTotals = z.infer<typeof SpeakingTotals>;

/**
 * A group's totals; null to those who do not manage the meeting when one or two people are
 * behind them ("för få för att visa"): with the speakers' names public, so few would name them.
 */
const SpeakingCell = SpeakingTotals.nullable();
/** Below this many speakers a group's totals are not shown to members. */
export const FEWEST_SPEAKERS_SHOWN = 3;

const ByGender = z.object({
  woman: SpeakingCell,
  man: SpeakingCell,
  other: SpeakingCell,
  not_stated: SpeakingCell,
});

/** Totals only: never per person. Turns still running count up to now. */
export const SpeakingStatistics = z.object({
  meetingId: Id,
  total: SpeakingTotals,
  byGender: ByGender,
  byFirstTime: z.object({ firstTime: SpeakingCell, other: SpeakingCell }),
  byKind: z.object({ speech: SpeakingCell, reply: SpeakingCell }),
  /** The same per agenda item; the split by gender only to those who manage the meeting. */
  items: z.array(
    z.object({
      itemId: Id,
      title: z.string(),
      total: SpeakingTotals,
      byGender: ByGender.nullable(),
    }),
  ),
});
export type SpeakingStatistics = z.infer<typeof SpeakingStatistics>;
