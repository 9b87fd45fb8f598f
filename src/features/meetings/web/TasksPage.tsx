import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { TaskList } from './TaskList.tsx';
import { useTasks } from './useMeetings.ts';

/** What meetings decided that someone should do: open tasks first, by due date. */
export function TasksPage() {
  const intl = useIntl();
  const [mine, setMine] = useState<'true' | 'false'>('false');
  const tasks = useTasks({ mine });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        <FormattedMessage id="meetings.back.list" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'meetings.tasks.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="meetings.tasks.intro" />
      </Text>
      <SegmentedControl
        value={mine}
        onChange={(value) => setMine(value as 'true' | 'false')}
        data={[
          { value: 'false', label: intl.formatMessage({ id: 'meetings.tasks.all' }) },
          { value: 'true', label: intl.formatMessage({ id: 'meetings.tasks.mine' }) },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {tasks.isPending ? (
        <PageLoader />
      ) : tasks.isError ? (
        <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="meetings.tasks.empty" />
        </Text>
      ) : (
        <TaskList tasks={tasks.data.items} />
      )}
    </Stack>
  );
}
