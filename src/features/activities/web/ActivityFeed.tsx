import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../web/ui/PageLoader.tsx';
import { PageTitle } from '../../../web/ui/PageTitle.tsx';
import { useLocalGroups } from '../../organizations/web/useLocalGroups.ts';
import { ActivityFeedCard } from './ActivityFeedCard.tsx';
import { groupByDay, useDayLabel } from './ActivityTimeRange.tsx';
import { useActivityFeed } from './useActivities.ts';

/** `/feed`, "Aktiviteter": what is coming up, by day, with sign-up straight from each card. */
export function ActivityFeed() {
  const intl = useIntl();
  const [searchParams, setSearchParams] = useSearchParams();
  const localGroupId = searchParams.get('group');
  const groups = useLocalGroups();
  const feed = useActivityFeed(localGroupId);
  const dayOf = useDayLabel();

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'feed.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="feed.intro" />
      </Text>
      <NativeSelect
        label={intl.formatMessage({ id: 'feed.group' })}
        value={localGroupId ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setSearchParams(value ? { group: value } : {}, { replace: true });
        }}
        data={[
          { value: '', label: intl.formatMessage({ id: 'feed.allGroups' }) },
          ...(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
        ]}
        maw={{ sm: 320 }}
      />
      {feed.isPending ? (
        <PageLoader />
      ) : feed.isError ? (
        <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
      ) : feed.data.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="feed.empty" />
        </Text>
      ) : (
        groupByDay(feed.data, dayOf).map(({ day, items }, index) => (
          <section key={day} aria-labelledby={`day-${index}`}>
            <Title order={2} size="h4" id={`day-${index}`} mb="xs">
              {day}
            </Title>
            <Stack gap="sm">
              {items.map((activity) => (
                <ActivityFeedCard key={activity.id} activity={activity} />
              ))}
            </Stack>
          </section>
        ))
      )}
    </Stack>
  );
}
