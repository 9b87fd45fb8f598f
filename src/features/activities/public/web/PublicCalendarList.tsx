import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { PublicActivityListItem } from '../public-activities.contract.ts';
import {
  ActivityTimeRange,
  groupByDay,
  useDayLabel,
} from '../../schedule/web/ActivityTimeRange.tsx';

/** The kalendarium's list: activities by day, each linking to its public page. */
export function PublicCalendarList({
  slug,
  items,
  showGroup = true,
  more,
}: {
  slug: string;
  items: z.output<typeof PublicActivityListItem>[];
  /** Off on a local group's own calendar, where every item is that group's. */
  showGroup?: boolean;
  /** When there are more pages: the button that loads the next one. */
  more?: { load: () => void; loading: boolean };
}) {
  const dayOf = useDayLabel();
  if (items.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="kalendarium.empty" />
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {groupByDay(items, dayOf).map(({ day, items: dayItems }, index) => (
        <section key={day} aria-labelledby={`kalendarium-day-${index}`}>
          <Title order={3} size="h5" id={`kalendarium-day-${index}`} mb="xs">
            {day}
          </Title>
          <Stack gap="xs" component="ul" className="plain-list">
            {dayItems.map((activity) => (
              <Card key={activity.id} withBorder padding="sm" component="li">
                <Stack gap={4}>
                  <Anchor component={Link} to={`/o/${slug}/activities/${activity.id}`} fw={700}>
                    {activity.title}
                  </Anchor>
                  <Text size="sm">
                    <ActivityTimeRange
                      startsAt={activity.startsAt}
                      endsAt={activity.endsAt}
                      dateShown={activity.startsAt}
                    />
                    {activity.place && ` · ${activity.place}`}
                  </Text>
                  <Group gap={6}>
                    <Badge variant="light" color="gray">
                      {activity.type.name}
                    </Badge>
                    {showGroup && activity.localGroup && (
                      <Badge variant="outline" color="dark">
                        {activity.localGroup.name}
                      </Badge>
                    )}
                    {activity.cancelledAt && (
                      <Badge color="red.9">
                        <FormattedMessage id="signup.cancelled" />
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
        </section>
      ))}
      {more && (
        <Button variant="light" onClick={more.load} loading={more.loading} fullWidth>
          <FormattedMessage id="kalendarium.more" />
        </Button>
      )}
    </Stack>
  );
}
