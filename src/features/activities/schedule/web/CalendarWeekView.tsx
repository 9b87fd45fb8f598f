import { Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { byDay, type CalendarActivity } from './calendar-items.ts';
import { CalendarItem } from './CalendarItem.tsx';
import { dayAsDate, daysOf } from './calendar-time.ts';

/** Seven days side by side on a laptop, one under the other on a phone; each day's activities by start. */
export function CalendarWeekView({
  anchor,
  today,
  items,
}: {
  anchor: string;
  today: string;
  items: CalendarActivity[];
}) {
  const intl = useIntl();
  const days = daysOf('week', anchor);
  const placed = byDay(items, days);
  return (
    <ol className="calendar-week">
      {days.map((day) => {
        const dayItems = placed.get(day) ?? [];
        return (
          <li
            key={day}
            className="calendar-week-day"
            data-today={day === today ? '' : undefined}
            aria-current={day === today ? 'date' : undefined}
          >
            <Title order={2} size="h6" mb={4}>
              {intl.formatDate(dayAsDate(day), {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
              })}
            </Title>
            {dayItems.length === 0 ? (
              <Text size="xs" c="dimmed">
                <FormattedMessage id="calendar.dayEmpty" />
              </Text>
            ) : (
              <ul className="calendar-items">
                {dayItems.map((item) => (
                  <li key={item.id}>
                    <CalendarItem activity={item} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
