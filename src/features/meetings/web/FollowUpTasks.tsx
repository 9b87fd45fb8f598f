import { Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { TaskList } from './TaskList.tsx';
import { useFollowUp } from './useMeetings.ts';

/** Tasks from earlier meetings' decisions, to follow up at this one. */
export function FollowUpTasks({ meetingId }: { meetingId: string }) {
  const followUp = useFollowUp(meetingId);
  return (
    <Card withBorder component="section" aria-labelledby="follow-up-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="follow-up-heading">
          <FormattedMessage id="meetings.followUp.title" />
        </Title>
        {followUp.isError && <ErrorAlert error={followUp.error} />}
        {followUp.data &&
          (followUp.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="meetings.followUp.empty" />
            </Text>
          ) : (
            <TaskList tasks={followUp.data.items} />
          ))}
      </Stack>
    </Card>
  );
}
