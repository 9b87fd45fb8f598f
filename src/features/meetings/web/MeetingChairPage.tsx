import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { LiveState } from '../meeting-live.contract.ts';
import { ChairAgenda } from './ChairAgenda.tsx';
import { ChairAttendance } from './ChairAttendance.tsx';
import { ChairSpeakers } from './ChairSpeakers.tsx';
import { FinishedTurns } from './FinishedTurns.tsx';
import { ItemRecords } from './ItemRecords.tsx';
import { StatisticsTables } from './StatisticsTables.tsx';
import { useLiveState } from './useLiveState.ts';
import { useMeeting, useMeetingChange, useSpeakingStatistics } from './useMeetings.ts';
import './meetings.css';

function OpenClose({ live }: { live: LiveState }) {
  const id = live.meetingId;
  const open = useMeetingChange(() => callApi(meetingRoutes.openMeeting, { params: { id } }));
  const close = useMeetingChange(() => callApi(meetingRoutes.closeMeeting, { params: { id } }));
  const error = open.error ?? close.error;
  return (
    <>
      {error && <ErrorAlert error={error} />}
      {live.openedAt === null || live.closedAt !== null ? (
        <Button onClick={() => open.mutate(undefined)} loading={open.isPending}>
          <FormattedMessage id={live.closedAt ? 'meetings.chair.reopen' : 'meetings.chair.open'} />
        </Button>
      ) : (
        <Button
          variant="default"
          color="red"
          onClick={() => close.mutate(undefined)}
          loading={close.isPending}
        >
          <FormattedMessage id="meetings.chair.close" />
        </Button>
      )}
    </>
  );
}

/** The chair's laptop: the meeting's state, the speakers' list, attendance, statistics, decisions. */
export function MeetingChairPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const live = useLiveState(id);
  const meeting = useMeeting(id);
  const statistics = useSpeakingStatistics(id, true);
  if (live.isPending || meeting.isPending) return <PageLoader />;
  const error = live.error ?? meeting.error;
  if (error || !live.data || !meeting.data) {
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={error} onRetry={() => void live.refetch()} />
      </Stack>
    );
  }
  const state = live.data;
  if (!state.me.canChair || !state.chair) {
    return (
      <Stack gap="md">
        <PageTitle>{state.title}</PageTitle>
        <Text>
          <FormattedMessage id="meetings.chair.notChair" />
        </Text>
        <Anchor component={Link} to={`/meetings/${id}/room`}>
          <FormattedMessage id="meetings.link.room" />
        </Anchor>
      </Stack>
    );
  }
  const isOpen = state.openedAt !== null && state.closedAt === null;
  const currentItem = meeting.data.agenda.find((item) => item.id === state.currentItem?.id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/meetings/${id}`} size="sm">
        <FormattedMessage id="meetings.back.meeting" />
      </Anchor>
      <PageTitle
        documentTitle={intl.formatMessage(
          { id: 'meetings.chair.documentTitle' },
          { title: state.title },
        )}
      >
        {state.title}
      </PageTitle>
      <Card withBorder>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="lg" wrap="wrap">
            <Text>
              <FormattedMessage id="meetings.chair.code" />{' '}
              <Text span fw={700} ff="monospace" size="xl">
                {state.chair.checkInCode}
              </Text>
            </Text>
            <Text>
              <FormattedMessage
                id="meetings.attendance.count"
                values={{ count: state.attendanceCount }}
              />
            </Text>
            {state.quorum && (
              <Badge
                color={state.quorum.isMet ? 'teal.9' : 'red.9'}
                variant="outline"
                tt="none"
                size="lg"
              >
                <FormattedMessage
                  id={state.quorum.isMet ? 'meetings.quorum.met' : 'meetings.quorum.notMet'}
                  values={{ minimum: state.quorum.minimum }}
                />
              </Badge>
            )}
          </Group>
          <Group gap="sm">
            <Button
              component="a"
              href={`/meetings/${id}/projector`}
              target="_blank"
              variant="light"
            >
              <FormattedMessage id="meetings.link.projector" />
            </Button>
            <OpenClose live={state} />
          </Group>
        </Group>
      </Card>
      {!isOpen && (
        <Text c="dimmed">
          <FormattedMessage
            id={state.closedAt ? 'meetings.chair.closed' : 'meetings.chair.openHint'}
          />
        </Text>
      )}
      <div className="meeting-chair-grid">
        <div>
          <Stack gap="md">
            <ChairSpeakers live={state} />
            {currentItem && <ItemRecords meetingId={id} item={currentItem} canEdit />}
            {state.chair.finished && <FinishedTurns turns={state.chair.finished} />}
          </Stack>
        </div>
        <div>
          <Stack gap="md">
            <ChairAgenda meeting={meeting.data} currentItemId={state.currentItem?.id ?? null} />
            <Card withBorder component="section" aria-labelledby="live-stats-heading">
              <Stack gap="sm">
                <Title order={2} size="h4" id="live-stats-heading">
                  <FormattedMessage id="meetings.stats.live" />
                </Title>
                {statistics.data ? (
                  <StatisticsTables statistics={statistics.data} />
                ) : statistics.isError ? (
                  <ErrorAlert error={statistics.error} />
                ) : (
                  <PageLoader />
                )}
              </Stack>
            </Card>
            <ChairAttendance meetingId={id} />
          </Stack>
        </div>
      </div>
    </Stack>
  );
}
