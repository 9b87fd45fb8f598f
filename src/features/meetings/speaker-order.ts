// The order of the speakers' list, shared by the server (who gets the floor next) and the web
// (the queue as shown). Replies (replik) come first, in the order asked for: they answer the
// speech just made (or a reply to it). A reply to an earlier speech, once another has started,
// has lost its moment and waits among the speeches, in the order asked for. Then speeches in the order asked for; when the meeting chose it, those who have not
// yet spoken at the meeting (first-time speakers) before those who have.

export interface QueuedSpeaker {
  id: string;
  personId: string | null;
  kind: 'speech' | 'reply';
  /** The turn a reply answers. */
  replyToId?: string | null;
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
 * the floor at this meeting; `answerable`: the turns a reply may still answer (the item's speech
 * that started last and the replies to it since); a reply to any other waits as a speech.
 */
export function orderSpeakers<T extends QueuedSpeaker>(
  waiting: readonly T[],
  spoken: ReadonlySet<string>,
  firstTimeSpeakersFirst: boolean,
  answerable?: ReadonlySet<string>,
): T[] {
  const rank = (entry: T) => {
    if (
      entry.kind === 'reply' &&
      (!answerable || !entry.replyToId || answerable.has(entry.replyToId))
    )
      return 0;
    if (!firstTimeSpeakersFirst) return 1;
    return isFirstTimeSpeaker(entry.personId, spoken) ? 1 : 2;
  };
  return [...waiting].sort(
    (a, b) =>
      rank(a) - rank(b) || time(a.requestedAt) - time(b.requestedAt) || (a.id < b.id ? -1 : 1),
  );
}
