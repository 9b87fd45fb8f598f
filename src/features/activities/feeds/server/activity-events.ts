import type { CalendarEvent } from '../../../../platform/server/ical.ts';
import type { FeedActivity, FeedShift } from './feeds.queries.ts';

// How an activity reads in someone's calendar app. UIDs are stable (the row's id), SEQUENCE is
// the activity's own counter, raised on every change, and a cancelled activity stays in the feed
// as STATUS:CANCELLED so subscribed calendars cross it out.

function describe(activity: FeedActivity, url: string): string {
  const parts: string[] = [];
  if (activity.cancelled_at) {
    parts.push(activity.cancel_reason ? `INSTÄLLD: ${activity.cancel_reason}` : 'INSTÄLLD', '');
  }
  if (activity.description.trim()) parts.push(activity.description.trim(), '');
  parts.push(url);
  return parts.join('\n');
}

function common(activity: FeedActivity, url: string) {
  return {
    sequence: activity.sequence,
    description: describe(activity, url),
    location: activity.place || undefined,
    geo:
      activity.latitude !== null && activity.longitude !== null
        ? { latitude: activity.latitude, longitude: activity.longitude }
        : null,
    url,
    created: activity.created_at,
    lastModified: activity.updated_at,
    categories: [activity.type_name],
  };
}

/** An activity as one event (public feeds, one activity's .ics). */
export function activityEvent(activity: FeedActivity, url: string): CalendarEvent {
  return {
    ...common(activity, url),
    uid: `activity-${activity.id}@grasrot`,
    start: activity.starts_at,
    end: activity.ends_at,
    summary: activity.title,
    status: activity.cancelled_at ? 'CANCELLED' : 'CONFIRMED',
  };
}

/** A sign-up as one event at its shift's time (the personal feed). */
export function shiftEvent(shift: FeedShift, url: string): CalendarEvent {
  const title = shift.shift_title ? `${shift.title} – ${shift.shift_title}` : shift.title;
  const waiting = shift.signup_status === 'waiting';
  return {
    ...common(shift, url),
    uid: `shift-${shift.shift_id}@grasrot`,
    start: shift.shift_starts_at,
    end: shift.shift_ends_at,
    summary: waiting ? `${title} (väntelista)` : title,
    status: shift.cancelled_at ? 'CANCELLED' : waiting ? 'TENTATIVE' : 'CONFIRMED',
  };
}
