import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import type { CSSProperties } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { fillOf, isScheduled, noCampaignColour, type CalendarActivity } from './calendar-items.ts';

const time = { hour: '2-digit', minute: '2-digit' } as const;

/** "5 of 8 signed up · max 10 · 2 on the waiting list", for an activity or one shift. */
export function FillText({ activity }: { activity: Pick<CalendarActivity, 'shifts'> }) {
  const intl = useIntl();
  const fill = fillOf(activity);
  const parts = [
    fill.wanted === null
      ? intl.formatMessage({ id: 'calendar.fill.open' }, { confirmed: fill.confirmed })
      : intl.formatMessage(
          // "6 of 2 signed up" reads as nonsense: more than hoped for is said so.
          {
            id: fill.confirmed > fill.wanted ? 'calendar.fill.overWanted' : 'calendar.fill.wanted',
          },
          { confirmed: fill.confirmed, wanted: fill.wanted },
        ),
  ];
  if (fill.capacity !== null && fill.capacity !== fill.wanted)
    parts.push(intl.formatMessage({ id: 'calendar.fill.capacity' }, { capacity: fill.capacity }));
  if (fill.waiting > 0)
    parts.push(intl.formatMessage({ id: 'calendar.fill.waiting' }, { waiting: fill.waiting }));
  return <>{parts.join(' · ')}</>;
}

/** Draft, cancelled and "published later" markers. */
export function StatusBadges({ activity }: { activity: CalendarActivity }) {
  const intl = useIntl();
  return (
    <>
      {activity.cancelledAt && (
        <Badge size="xs" color="red" variant="light">
          <FormattedMessage id="calendar.cancelled" />
        </Badge>
      )}
      {activity.visibility === 'draft' && (
        <Badge size="xs" color="dark" variant="outline">
          <FormattedMessage id="calendar.draft" />
        </Badge>
      )}
      {isScheduled(activity) && activity.publishAt && (
        <Badge size="xs" color="yellow" variant="light">
          <FormattedMessage
            id="calendar.scheduled"
            values={{
              date: intl.formatDate(activity.publishAt, {
                day: 'numeric',
                month: 'short',
                ...time,
              }),
            }}
          />
        </Badge>
      )}
    </>
  );
}

/**
 * One activity in the calendar, coloured by its campaign. `compact` (the month grid) shows the
 * start time and title, with the rest for screen readers; otherwise everything is shown.
 */
export function CalendarItem({
  activity,
  compact = false,
}: {
  activity: CalendarActivity;
  compact?: boolean;
}) {
  const intl = useIntl();
  const style = { '--item-colour': activity.campaign?.colour ?? noCampaignColour } as CSSProperties;
  const flags = {
    'data-cancelled': activity.cancelledAt ? '' : undefined,
    'data-draft': activity.visibility === 'draft' ? '' : undefined,
  };
  const to = `/activities/${activity.id}/manage`;
  const start = intl.formatTime(activity.startsAt, time);
  const end = intl.formatTime(activity.endsAt, time);

  if (compact) {
    const fill = fillOf(activity);
    return (
      <Link to={to} className="calendar-item calendar-item-compact" style={style} {...flags}>
        <span aria-hidden="true">
          {start} <span className="calendar-item-title">{activity.title}</span>
          {fill.wanted !== null && ` ${fill.confirmed}/${fill.wanted}`}
        </span>
        <VisuallyHidden>
          {`${start}–${end} ${activity.title}. `}
          <FillText activity={activity} />
          {activity.cancelledAt && `. ${intl.formatMessage({ id: 'calendar.cancelled' })}`}
          {activity.visibility === 'draft' && `. ${intl.formatMessage({ id: 'calendar.draft' })}`}
        </VisuallyHidden>
      </Link>
    );
  }

  return (
    <Link to={to} className="calendar-item" style={style} {...flags}>
      <Text size="xs" c="dimmed">
        <time dateTime={activity.startsAt}>{start}</time>–
        <time dateTime={activity.endsAt}>{end}</time>
        {activity.campaign && ` · ${activity.campaign.title}`}
      </Text>
      <Text fw={600} size="sm" className="calendar-item-title" lineClamp={2}>
        {activity.title}
      </Text>
      {activity.place && (
        <Text size="xs" lineClamp={1}>
          {activity.place}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        <FillText activity={activity} />
      </Text>
      <Group gap={4} mt={2}>
        <StatusBadges activity={activity} />
      </Group>
    </Link>
  );
}
