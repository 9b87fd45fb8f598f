import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { formatMeetingTime } from './meeting-format.ts';
import { MeetingSettingsForm } from './MeetingSettingsForm.tsx';
import { PlanningGroupEditor } from './PlanningGroupEditor.tsx';
import { TopicProposals } from './TopicProposals.tsx';
import { useMeeting } from './useMeetings.ts';

/** Planning a meeting: its rules, the agenda, the planning group and partners, members' topics. */
export function MeetingPlanPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError) {
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />
      </Stack>
    );
  }
  const m = meeting.data;
  const title = intl.formatMessage({ id: 'meetings.plan.title' }, { title: m.activity.title });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/meetings/${id}`} size="sm">
        <FormattedMessage id="meetings.back.meeting" />
      </Anchor>
      <PageTitle>{title}</PageTitle>
      <Text c="dimmed">
        {formatMeetingTime(intl, m.activity.startsAt)}
        {m.activity.place && ` · ${m.activity.place}`}
      </Text>
      {!m.canManage ? (
        <Text>
          <FormattedMessage id="meetings.plan.notPlanner" />
        </Text>
      ) : (
        <>
          <Group gap="sm">
            <Button component={Link} to={`/meetings/${id}/chair`} variant="light">
              <FormattedMessage id="meetings.link.chair" />
            </Button>
            <Button component={Link} to={`/activities/${m.activity.id}/edit`} variant="default">
              <FormattedMessage id="meetings.plan.editActivity" />
            </Button>
          </Group>
          <AgendaEditor meeting={m} />
          <TopicProposals meetingId={id} canManage isOpen={m.openedAt === null} />
          <PlanningGroupEditor meeting={m} />
          <MeetingSettingsForm meeting={m} />
        </>
      )}
    </Stack>
  );
}
