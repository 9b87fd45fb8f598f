import { Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { byDay, type CalendarActivity } from './calendar-items.ts';
import { CalendarItem } from './CalendarItem.tsx';
import { dayAsDate, daysOf } from './calendar-time.ts';

/** Four weeks as a list of the days that have activities: the phone's view. */
export function CalendarListView({
  anchor,
  today,
  items,
}: {
  anchor: string;
  today: string;
  items: CalendarActivity[];
}) {
  const intl = useIntl();
  const placed = [...byDay(items, daysOf('list', anchor))].filter(([, list]) => list.length > 0);
  if (placed.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="calendar.empty" />
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {placed.map(([day, dayItems]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <Title order={2} size="h5" id={`day-${day}`} mb={6}>
            {intl.formatDate(dayAsDate(day), { weekday: 'long', day: 'numeric', month: 'long' })}
            {day === today && ` · ${intl.formatMessage({ id: 'calendar.today' })}`}
          </Title>
          <ul className="calendar-items">
            {dayItems.map((item) => (
              <li key={item.id}>
                <CalendarItem activity={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Stack>
  );
}
