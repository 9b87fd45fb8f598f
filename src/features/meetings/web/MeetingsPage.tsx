import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import type { MeetingListItem } from '../meeting-plan.contract.ts';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import { MeetingNumbers } from './MeetingNumbers.tsx';
import { formatMeetingTime, isPast } from './meeting-format.ts';
import { useMeetingList } from './useMeetings.ts';

function MeetingCard({ meeting }: { meeting: MeetingListItem }) {
  const intl = useIntl();
  const { activity } = meeting;
  const isLive = meeting.openedAt !== null && meeting.closedAt === null;
  return (
    <Card withBorder component="li">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={700} size="lg">
            {activity.title}
          </Anchor>
          <Badge
            variant="light"
            tt="none"
            style={{ flexShrink: 0 }}
            color={isLive ? 'red' : 'gray'}
          >
            <FormattedMessage
              id={isLive ? 'meetings.status.live' : `meetings.kind.${meeting.kind}`}
            />
          </Badge>
        </Group>
        {meeting.theme && <Text>{meeting.theme}</Text>}
        <Text size="sm" c="dimmed">
          {formatMeetingTime(intl, activity.startsAt)}
          {activity.place && ` · ${activity.place}`}
          {activity.localGroup && ` · ${activity.localGroup.name}`}
        </Text>
        <Text size="sm" c="dimmed">
          <FormattedMessage
            id="meetings.list.counts"
            values={{ items: meeting.agendaItemCount, proposals: meeting.proposalCount }}
          />
          {meeting.minutesPublishedAt && (
            <>
              {' · '}
              <FormattedMessage id="meetings.list.minutesPublished" />
            </>
          )}
        </Text>
        {activity.cancelledAt && (
          <Text size="sm" c="red.9" fw={600}>
            <FormattedMessage id="meetings.list.cancelled" />
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Upcoming meetings first (propose a topic there), then the past ones with their minutes. */
export function MeetingsPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const meetings = useMeetingList();
  const [isCreating, setIsCreating] = useState(false);
  const items = meetings.data?.items ?? [];
  const upcoming = items.filter((m) => !isPast(m));
  const past = items.filter((m) => isPast(m)).reverse();
  const canCreate = hasRole(session, 'organizer');
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'meetings.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="meetings.intro" />
      </Text>
      <Group gap="sm">
        {canCreate && !isCreating && (
          <Button onClick={() => setIsCreating(true)}>
            <FormattedMessage id="meetings.new.title" />
          </Button>
        )}
        <Button component={Link} to="/meeting-tasks" variant="light">
          <FormattedMessage id="meetings.tasks.nav" />
        </Button>
      </Group>
      {isCreating && (
        <CreateMeetingForm
          takenActivityIds={new Set(items.map((m) => m.activity.id))}
          onDone={() => setIsCreating(false)}
        />
      )}
      {meetings.isPending ? (
        <PageLoader />
      ) : meetings.isError ? (
        <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="upcoming-heading">
            <Title order={2} size="h3" id="upcoming-heading">
              <FormattedMessage id="meetings.upcoming" />
            </Title>
            {upcoming.length === 0 ? (
              <Text c="dimmed">
                <FormattedMessage id="meetings.upcomingEmpty" />
              </Text>
            ) : (
              <Stack gap="sm" component="ul" className="plain-list">
                {upcoming.map((m) => (
                  <MeetingCard key={m.id} meeting={m} />
                ))}
              </Stack>
            )}
          </Stack>
          {past.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="past-heading">
              <Title order={2} size="h3" id="past-heading">
                <FormattedMessage id="meetings.past" />
              </Title>
              <Stack gap="sm" component="ul" className="plain-list">
                {past.map((m) => (
                  <MeetingCard key={m.id} meeting={m} />
                ))}
              </Stack>
            </Stack>
          )}
        </>
      )}
      {canCreate && <MeetingNumbers />}
    </Stack>
  );
}
