import { useIntl } from 'react-intl';

const longFormat = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
} as const;
const timeFormat = { hour: '2-digit', minute: '2-digit' } as const;

/**
 * "lördag 14 september 10:00–12:00" in Stockholm time (the app's time zone). Given `dateShown`
 * (a moment whose date the reader already sees, e.g. the activity's start), a range within that
 * same day shows only "10:00–12:00".
 */
export function ActivityTimeRange({
  startsAt,
  endsAt,
  dateShown,
}: {
  startsAt: string;
  endsAt: string;
  dateShown?: string;
}) {
  const intl = useIntl();
  const day = (moment: string) => intl.formatDate(moment, { dateStyle: 'short' });
  const timeOnly =
    dateShown !== undefined && day(startsAt) === day(dateShown) && day(endsAt) === day(dateShown);
  return (
    <time dateTime={startsAt}>
      {intl.formatDateTimeRange(
        new Date(startsAt),
        new Date(endsAt),
        timeOnly ? timeFormat : longFormat,
      )}
    </time>
  );
}

/** "Lördag 14 september": a day's heading in Stockholm time. */
export function useDayLabel(): (moment: string) => string {
  const intl = useIntl();
  return (moment) => {
    const text = intl.formatDate(moment, { weekday: 'long', day: 'numeric', month: 'long' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
}

/** Items grouped by their day label, in the order given (by start). */
export function groupByDay<T extends { startsAt: string }>(
  items: T[],
  dayOf: (moment: string) => string,
): { day: string; items: T[] }[] {
  const days: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayOf(item.startsAt);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
