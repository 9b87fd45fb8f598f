import { Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import { NumbersQuery } from '../meeting-records.contract.ts';
import { meetingsKey } from './useMeetings.ts';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        <FormattedMessage id={label} />
      </Text>
    </div>
  );
}

/** Share of speaking time for one stated gender, "–" when nobody spoke. */
function timeShare(byGender: Record<string, { seconds: number }>, gender: string): string {
  const total = Object.values(byGender).reduce((sum, totals) => sum + totals.seconds, 0);
  return total === 0 ? '–' : `${Math.round(((byGender[gender]?.seconds ?? 0) / total) * 100)} %`;
}

/** The activity plan's numbers for meetings in a period (this year unless changed). */
export function MeetingNumbers() {
  const intl = useIntl();
  const year = new Date().getFullYear();
  const [period, setPeriod] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const valid = NumbersQuery.safeParse(period);
  const numbers = useQuery({
    queryKey: [...meetingsKey, 'numbers', period],
    queryFn: () => callApi(meetingRoutes.getMeetingNumbers, { query: period }),
    enabled: valid.success,
  });
  const n = numbers.data;
  return (
    <Card withBorder component="section" aria-labelledby="numbers-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="numbers-heading">
          <FormattedMessage id="meetings.numbers.title" />
        </Title>
        <Group gap="sm">
          {(['from', 'to'] as const).map((end) => (
            <TextInput
              key={end}
              type="date"
              label={intl.formatMessage({ id: `meetings.numbers.${end}` })}
              value={period[end]}
              onChange={(event) => setPeriod({ ...period, [end]: event.currentTarget.value })}
              error={
                !valid.success && end === 'to'
                  ? intl.formatMessage({ id: 'meetings.numbers.badPeriod' })
                  : undefined
              }
            />
          ))}
        </Group>
        {numbers.isError && (
          <ErrorAlert error={numbers.error} onRetry={() => void numbers.refetch()} />
        )}
        {valid.success && numbers.isPending && <PageLoader />}
        {n && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="meetings.numbers.held" value={n.held} />
            <Figure label="meetings.numbers.localGroups" value={n.localGroups} />
            <Figure label="meetings.numbers.districts" value={n.districts} />
            <Figure
              label="meetings.numbers.meanAttendance"
              value={intl.formatNumber(n.meanAttendance, { maximumFractionDigits: 1 })}
            />
            <Figure label="meetings.numbers.topicsProposed" value={n.topicsProposed} />
            <Figure label="meetings.numbers.topicsTakenUp" value={n.topicsTakenUp} />
            <Figure
              label="meetings.numbers.womenTime"
              value={timeShare(n.speakingByGender, 'woman')}
            />
            <Figure label="meetings.numbers.menTime" value={timeShare(n.speakingByGender, 'man')} />
            <Figure label="meetings.numbers.decisions" value={n.decisions} />
            <Figure label="meetings.numbers.tasksOpen" value={n.tasksOpen} />
            <Figure label="meetings.numbers.tasksDone" value={n.tasksDone} />
            <Figure label="meetings.numbers.attendance" value={n.attendance} />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
