import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// The one place where activity messages start. Every change that someone signed up should hear
// about calls in here, inside the transaction that makes the change, so a notice is queued if
// and only if the change commits. The messages module (confirmation with .ics, reminders,
// notices of changes and cancellations) enqueues its durable jobs from these functions.

export type SignupChange =
  /** A new sign-up, by the person, an organizer's booking or a confirmed guest. */
  | { kind: 'created'; signupId: string; status: 'confirmed' | 'waiting' }
  /** Moved up from the waiting list. */
  | { kind: 'promoted'; signupId: string }
  /** Cancelled by the person, or taken off by an organizer. */
  | { kind: 'cancelled'; signupId: string; by: 'self' | 'organizer' }
  /** Moved to another shift by an organizer. */
  | { kind: 'moved'; signupId: string; fromShiftId: string; status: 'confirmed' | 'waiting' };

export type ActivityChange =
  /**
   * Details changed; `sequence` is the new iCalendar SEQUENCE. `isNoticeWorthy`: the time, the
   * place, the title or a shift's time changed, which everyone signed up is told of; other edits
   * (the description, the contact person, a capacity …) reach calendars through SEQUENCE only.
   */
  | {
      kind: 'changed';
      activityId: string;
      sequence: number;
      isTimeChanged: boolean;
      isNoticeWorthy: boolean;
    }
  | { kind: 'cancelled'; activityId: string; reason: string };

export type Notifier = {
  signupChanged(trx: Kysely<DB>, organizationId: string, change: SignupChange): Promise<void>;
  activityChanged(trx: Kysely<DB>, organizationId: string, change: ActivityChange): Promise<void>;
};

let notifier: Notifier | null = null;

/** Connects the messages module (set once at start-up); without it, changes send nothing. */
export function setActivityNotifier(next: Notifier | null) {
  notifier = next;
}

export async function onSignupChanged(
  trx: Kysely<DB>,
  organizationId: string,
  change: SignupChange,
) {
  await notifier?.signupChanged(trx, organizationId, change);
}

export async function onActivityChanged(
  trx: Kysely<DB>,
  organizationId: string,
  change: ActivityChange,
) {
  await notifier?.activityChanged(trx, organizationId, change);
}
