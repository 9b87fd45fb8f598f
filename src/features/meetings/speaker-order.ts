// The order of the speakers' list, shared by the server (who gets the floor next) and the web
// (the queue as shown). Replies (replik) come first, in the order asked for: they answer the turn
// just made. Then speeches in the order asked for; when the meeting chose it, those who have not
// yet spoken at the meeting (first-time speakers) before those who have.

export interface QueuedSpeaker {
  id: string;
  personId: string | null;
  kind: 'speech' | 'reply';
  /** ISO time or Date: compared as time. */
  requestedAt: string | Date;
}

function time(value: string | Date) {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** A waiting speaker who has not spoken at the meeting yet. */
export function isFirstTimeSpeaker(personId: string | null, spoken: ReadonlySet<string>) {
  return personId === null || !spoken.has(personId);
}

/**
 * The waiting speakers in the order they will speak. `spoken`: the people who have had (or have)
 * the floor at this meeting.
 */
export function orderSpeakers<T extends QueuedSpeaker>(
  waiting: readonly T[],
  spoken: ReadonlySet<string>,
  firstTimeSpeakersFirst: boolean,
): T[] {
  const rank = (entry: T) => {
    if (entry.kind === 'reply') return 0;
    if (!firstTimeSpeakersFirst) return 1;
    return isFirstTimeSpeaker(entry.personId, spoken) ? 1 : 2;
  };
  return [...waiting].sort(
    (a, b) =>
      rank(a) - rank(b) || time(a.requestedAt) - time(b.requestedAt) || (a.id < b.id ? -1 : 1),
  );
}
