import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Id } from '../../../platform/shared/atoms.ts';
import { ApiError } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { NotFoundPage } from '../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { AgendaList } from './AgendaList.tsx';
import { FollowUpTasks } from './FollowUpTasks.tsx';
import { formatMeetingTime, isPast } from './meeting-format.ts';
import { TopicProposals } from './TopicProposals.tsx';
import { useMeeting } from './useMeetings.ts';

/** A meeting as a member sees it: when and where, the agenda, the room, topics, minutes. */
export function MeetingPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const isWellFormed = Id.safeParse(id).success;
  const meeting = useMeeting(id, isWellFormed);
  if (!isWellFormed || (meeting.error instanceof ApiError && meeting.error.code === 'not_found')) {
    return (
      <NotFoundPage
        title="meetings.notFound.title"
        text="meetings.notFound.text"
        linkTo="/meetings"
        linkLabel="meetings.back.list"
      />
    );
  }
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
  const isLive = m.openedAt !== null && m.closedAt === null;
  const past = isPast(m);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        <FormattedMessage id="meetings.back.list" />
      </Anchor>
      <PageTitle>{m.activity.title}</PageTitle>
      <Card withBorder>
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light" tt="none">
              <FormattedMessage id={`meetings.kind.${m.kind}`} />
            </Badge>
            {isLive && (
              <Badge color="red" tt="none">
                <FormattedMessage id="meetings.status.live" />
              </Badge>
            )}
          </Group>
          {m.theme && (
            <Text size="lg" fw={600}>
              {m.theme}
            </Text>
          )}
          <Text>
            {formatMeetingTime(intl, m.activity.startsAt)}
            {m.activity.place && ` · ${m.activity.place}`}
          </Text>
          {m.activity.localGroup && (
            <Text size="sm" c="dimmed">
              {m.activity.localGroup.name}
            </Text>
          )}
          {m.partners.length > 0 && (
            <Text size="sm">
              <FormattedMessage
                id="meetings.partners.invited"
                values={{ names: m.partners.map((p) => p.name).join(', ') }}
              />
            </Text>
          )}
          <Anchor component={Link} to={`/activities/${m.activity.id}`} size="sm">
            <FormattedMessage id="meetings.link.activity" />
          </Anchor>
        </Stack>
      </Card>
      <Group gap="sm">
        {isLive && (
          <Button component={Link} to={`/meetings/${id}/room`} size="md">
            <FormattedMessage id="meetings.link.room" />
          </Button>
        )}
        {m.canManage && (
          <>
            <Button
              component={Link}
              to={`/meetings/${id}/chair`}
              variant={isLive ? 'light' : 'filled'}
            >
              <FormattedMessage id="meetings.link.chair" />
            </Button>
            <Button component={Link} to={`/meetings/${id}/plan`} variant="light">
              <FormattedMessage id="meetings.link.plan" />
            </Button>
          </>
        )}
        {(m.minutesPublishedAt || m.canManage || m.isAdjuster) && (
          <Button component={Link} to={`/meetings/${id}/minutes`} variant="light">
            <FormattedMessage id="meetings.link.minutes" />
          </Button>
        )}
        {(m.openedAt !== null || past) && (
          <Button component={Link} to={`/meetings/${id}/statistics`} variant="light">
            <FormattedMessage id="meetings.link.statistics" />
          </Button>
        )}
      </Group>
      <Card withBorder component="section" aria-labelledby="agenda-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="agenda-heading">
            <FormattedMessage id="meetings.agenda.title" />
          </Title>
          <AgendaList items={m.agenda} />
        </Stack>
      </Card>
      <TopicProposals
        meetingId={id}
        canManage={m.canManage}
        isOpen={!past && m.openedAt === null}
      />
      {m.canManage && <FollowUpTasks meetingId={id} />}
    </Stack>
  );
}
