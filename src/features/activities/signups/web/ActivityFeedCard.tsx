import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, FormattedNumber } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { ActivityListItem } from '../../schedule/activities.contract.ts';
import { ActivityPageShiftFill } from './ActivityPageShifts.tsx';
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { ShiftSignupButton } from './ShiftSignupButton.tsx';

/**
 * One upcoming activity in a feed. With one shift it is signed up for right here (one tap);
 * with several, "Välj pass" opens the activity, where each shift has its button (two taps).
 */
export function ActivityFeedCard({
  activity,
  distanceKm,
}: {
  activity: z.output<typeof ActivityListItem>;
  /** How far away it is, when the feed shows what is near. */
  distanceKm?: number;
}) {
  const titleId = `feed-${activity.id}`;
  const [onlyShift] = activity.shifts;
  const isCancelled = activity.cancelledAt !== null;
  const mySignups = activity.shifts.filter((shift) => shift.mySignup !== null).length;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/activities/${activity.id}`} fw={700} id={titleId}>
          {activity.title}
        </Anchor>
        <Text size="sm">
          <ActivityTimeRange startsAt={activity.startsAt} endsAt={activity.endsAt} />
          {activity.place && ` · ${activity.place}`}
          {distanceKm !== undefined && (
            <>
              {' · '}
              {distanceKm < 0.1 ? (
                <FormattedMessage id="feed.distanceHere" />
              ) : (
                <FormattedMessage
                  id="feed.distance"
                  values={{ km: <FormattedNumber value={distanceKm} maximumFractionDigits={1} /> }}
                />
              )}
            </>
          )}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {activity.type.name}
          </Badge>
          <Badge variant="outline" color="dark">
            {activity.localGroup?.name ?? <FormattedMessage id="signup.wholeAssociation" />}
          </Badge>
          {activity.campaign && (
            <Badge variant="dot" color={activity.campaign.colour}>
              {activity.campaign.title}
            </Badge>
          )}
          {isCancelled && (
            <Badge color="red.9">
              <FormattedMessage id="signup.cancelled" />
            </Badge>
          )}
        </Group>
        {isCancelled ? null : activity.shifts.length === 1 && onlyShift ? (
          <>
            <ActivityPageShiftFill shift={onlyShift} />
            <ShiftSignupButton shift={onlyShift} describedBy={titleId} />
          </>
        ) : (
          <Group gap="sm" justify="space-between">
            <Text size="sm" fw={mySignups > 0 ? 600 : undefined}>
              {mySignups > 0 ? (
                <FormattedMessage id="feed.signedUpForShifts" values={{ count: mySignups }} />
              ) : (
                <FormattedMessage id="feed.shiftCount" values={{ count: activity.shifts.length }} />
              )}
            </Text>
            <Button
              component={Link}
              to={`/activities/${activity.id}`}
              variant="light"
              aria-describedby={titleId}
            >
              <FormattedMessage id="feed.chooseShift" />
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
