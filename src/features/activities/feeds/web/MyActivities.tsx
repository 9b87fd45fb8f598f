import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { WhenVisible } from '../../../../platform/web/ui/WhenVisible.tsx';
import { ActivityFeedCard } from '../../signups/web/ActivityFeedCard.tsx';
import { MyActivitiesSignups } from '../../signups/web/MyActivitiesSignups.tsx';
import { useMyActivities } from '../../signups/web/useMyActivities.ts';

/**
 * The activities part of "Min sida" (placed there by the router, above the person's groups): my upcoming sign-ups with
 * cancel, what is coming up in my local group with one-tap sign-up, and my calendar feed.
 */
// A setting used once: fetched when scrolled to, not with the first screen.
const MyActivitiesCalendarCard = lazy(async () => ({
  default: (await import('./MyActivitiesCalendarCard.tsx')).MyActivitiesCalendarCard,
}));

export function MyActivities() {
  const mine = useMyActivities();
  if (mine.isPending) return <PageLoader />;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const { signups, groupActivities } = mine.data;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <MyActivitiesSignups signups={signups} />
      <Card withBorder component="section" aria-labelledby="group-activities-heading">
        <Title order={2} size="h4" id="group-activities-heading" mb="sm">
          <FormattedMessage id="feed.myGroup" />
        </Title>
        <Stack gap="sm">
          {groupActivities.length === 0 ? (
            <Text>
              <FormattedMessage id="feed.empty" />
            </Text>
          ) : (
            groupActivities.map((activity) => (
              <ActivityFeedCard key={activity.id} activity={activity} />
            ))
          )}
          <Anchor component={Link} to="/feed" size="sm">
            <FormattedMessage id="feed.seeAll" />
          </Anchor>
        </Stack>
      </Card>
      <WhenVisible>
        <MyActivitiesCalendarCard />
      </WhenVisible>
    </SimpleGrid>
  );
}
