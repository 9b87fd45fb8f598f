// The events activities emits, inside the transaction that makes the change, so whatever a
// handler queues (a message, say) commits if and only if the change does. The messages
// capability turns them into durable jobs (confirmation with .ics, reminders, notices).

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

declare module '../../../../platform/server/events.ts' {
  interface DomainEvents {
    /** Who holds a place on a shift changed. */
    'activities.signupChanged': SignupChange;
    /** An activity (or one of its shifts) changed or was cancelled. */
    'activities.changed': ActivityChange;
  }
}
