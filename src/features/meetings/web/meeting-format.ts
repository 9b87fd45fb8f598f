import type { IntlShape } from 'react-intl';

/** "tisdag 14 oktober 18:30" in the app's time zone. */
export function formatMeetingTime(intl: IntlShape, at: string): string {
  return intl.formatDate(at, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Whether the meeting is over (closed, or its activity has ended). */
export function isPast(
  meeting: { closedAt: string | null; activity: { endsAt: string } },
  now = Date.now(),
): boolean {
  return meeting.closedAt !== null || Date.parse(meeting.activity.endsAt) < now;
}
