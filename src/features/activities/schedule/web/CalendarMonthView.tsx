import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useIntl } from 'react-intl';
import { byDay, type CalendarActivity } from './calendar-items.ts';
import { CalendarItem } from './CalendarItem.tsx';
import { dayAsDate, daysOf } from './calendar-time.ts';

/** Whole weeks, Monday first; days outside the month are greyed. A day's number opens its week. */
export function CalendarMonthView({
  anchor,
  today,
  items,
  onOpenDay,
}: {
  anchor: string;
  today: string;
  items: CalendarActivity[];
  onOpenDay: (day: string) => void;
}) {
  const intl = useIntl();
  const days = daysOf('month', anchor);
  const placed = byDay(items, days);
  const month = anchor.slice(0, 7);
  return (
    <div>
      <div className="calendar-weekdays" aria-hidden="true">
        {days.slice(0, 7).map((day) => (
          <span key={day}>{intl.formatDate(dayAsDate(day), { weekday: 'short' })}</span>
        ))}
      </div>
      <ol className="calendar-grid">
        {days.map((day) => {
          const dayItems = placed.get(day) ?? [];
          const label = intl.formatDate(dayAsDate(day), {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          });
          return (
            <li
              key={day}
              className="calendar-day"
              data-outside={day.slice(0, 7) === month ? undefined : ''}
              data-today={day === today ? '' : undefined}
              aria-current={day === today ? 'date' : undefined}
            >
              <UnstyledButton
                className="calendar-day-number"
                onClick={() => onOpenDay(day)}
                aria-label={intl.formatMessage({ id: 'calendar.openWeek' }, { day: label })}
              >
                {Number(day.slice(8))}
              </UnstyledButton>
              {dayItems.length > 0 && (
                <ul className="calendar-items">
                  {dayItems.map((item) => (
                    <li key={item.id}>
                      <CalendarItem activity={item} compact />
                    </li>
                  ))}
                </ul>
              )}
              {dayItems.length === 0 && <VisuallyHidden>{label}</VisuallyHidden>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
