import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { StatisticsTables } from './StatisticsTables.tsx';
import { useMeeting, useSpeakingStatistics } from './useMeetings.ts';

/** Who spoke, in totals: by gender as people stated it, by first-time speakers, per item. */
export function StatisticsPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const isLive = meeting.data
    ? meeting.data.openedAt !== null && meeting.data.closedAt === null
    : false;
  const statistics = useSpeakingStatistics(id, isLive);
  if (statistics.isPending || meeting.isPending) return <PageLoader />;
  const error = statistics.error ?? meeting.error;
  if (error || !statistics.data || !meeting.data) {
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={error} onRetry={() => void statistics.refetch()} />
      </Stack>
    );
  }
  const stats = statistics.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/meetings/${id}`} size="sm">
        <FormattedMessage id="meetings.back.meeting" />
      </Anchor>
      <PageTitle documentTitle={intl.formatMessage({ id: 'meetings.stats.title' })}>
        {intl.formatMessage(
          { id: 'meetings.stats.titleFor' },
          { title: meeting.data.activity.title },
        )}
      </PageTitle>
      <Text>
        <FormattedMessage id="meetings.stats.intro" />
      </Text>
      <StatisticsTables statistics={stats} />
      {stats.items.filter((item) => item.total.turns > 0).length > 1 &&
        stats.items
          .filter((item) => item.total.turns > 0)
          .map((item) => (
            <Card withBorder key={item.itemId} component="section" aria-label={item.title}>
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {item.title}
                </Title>
                <StatisticsTables statistics={{ total: item.total, byGender: item.byGender }} />
              </Stack>
            </Card>
          ))}
    </Stack>
  );
}
