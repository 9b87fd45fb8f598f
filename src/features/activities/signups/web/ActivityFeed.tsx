import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { useLocalGroups } from '../../../organizations/web/useLocalGroups.ts';
import { ActivityFeedCard } from './ActivityFeedCard.tsx';
import { ActivityFeedNearMe, NEAR_RADII, type NearRadius } from './ActivityFeedNearMe.tsx';
import { groupByDay, useDayLabel } from '../../schedule/web/ActivityTimeRange.tsx';
import { nearby } from './distance.ts';
import { useActivityFeed } from '../../schedule/web/useActivities.ts';
import { useHere } from './useHere.ts';

/** `/feed`, "Aktiviteter": what is coming up, by day, with sign-up straight from each card. */
export function ActivityFeed() {
  const intl = useIntl();
  const [searchParams, setSearchParams] = useSearchParams();
  const localGroupId = searchParams.get('group');
  const near = NEAR_RADII.find((km) => km === searchParams.get('near')) ?? null;
  const groups = useLocalGroups();
  const feed = useActivityFeed(localGroupId);
  const here = useHere(near !== null);
  const dayOf = useDayLabel();
  const setParam = (name: string, value: string | null) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  // Near me: what has a point on the map within the radius, each with its distance.
  const close =
    feed.data && near !== null && here.status === 'found'
      ? nearby(feed.data, here.here, Number(near))
      : [];
  const distances = new Map(close.map((activity) => [activity.id, activity.distanceKm]));
  const shown = near !== null ? close : (feed.data ?? []);

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'feed.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="feed.intro" />
      </Text>
      <NativeSelect
        label={intl.formatMessage({ id: 'feed.group' })}
        value={localGroupId ?? ''}
        onChange={(event) => setParam('group', event.currentTarget.value || null)}
        data={[
          { value: '', label: intl.formatMessage({ id: 'feed.allGroups' }) },
          ...(groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
        ]}
        maw={{ sm: 320 }}
      />
      <ActivityFeedNearMe
        radius={near}
        onChange={(radius: NearRadius | null) => setParam('near', radius)}
        here={here}
      />
      {feed.isPending ? (
        <PageLoader />
      ) : feed.isError ? (
        <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
      ) : near !== null && here.status !== 'found' ? null : shown.length === 0 ? (
        <Text c="dimmed">
          {near !== null ? (
            <FormattedMessage id="feed.nearEmpty" values={{ km: near }} />
          ) : (
            <FormattedMessage id="feed.empty" />
          )}
        </Text>
      ) : (
        groupByDay(shown, dayOf).map(({ day, items }, index) => (
          <section key={day} aria-labelledby={`day-${index}`}>
            <Title order={2} size="h4" id={`day-${index}`} mb="xs">
              {day}
            </Title>
            <Stack gap="sm">
              {items.map((activity) => (
                <ActivityFeedCard
                  key={activity.id}
                  activity={activity}
                  distanceKm={distances.get(activity.id)}
                />
              ))}
            </Stack>
          </section>
        ))
      )}
    </Stack>
  );
}
