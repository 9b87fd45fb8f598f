import { CALENDAR_TIME_ZONE } from '../../../../platform/server/ical.ts';

// Link previews (Facebook, Signal, X, Mastodon …) read the page's head, so a shared public
// activity page carries its title, time, place and summary there.

const when = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CALENDAR_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** The title and description of a public activity's page, as a link preview shows them. */
export function activityPreview(
  organizationName: string,
  activity: {
    title: string;
    startsAt: string;
    place: string;
    summary: string;
    cancelledAt: string | null;
  },
) {
  const time = when.format(new Date(activity.startsAt));
  const where = activity.place ? ` · ${activity.place}` : '';
  const summary =
    activity.summary.length > 160 ? `${activity.summary.slice(0, 159)}…` : activity.summary;
  return {
    title: `${activity.cancelledAt ? 'INSTÄLLD: ' : ''}${activity.title} – ${organizationName}`,
    description: `${time.charAt(0).toUpperCase()}${time.slice(1)}${where}${summary ? `. ${summary}` : ''}`,
  };
}
