import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import type { LiveState } from '../meeting-live.contract.ts';
import { SpeakerQueue, speakerName } from './SpeakerQueue.tsx';
import { SpeakerTimer } from './SpeakerTimer.tsx';
import { useLiveState } from './useLiveState.ts';
import { useMeetingChange } from './useMeetings.ts';
import './meetings.css';

type Live = LiveState & { clockOffsetMs: number };

function CheckInForm({ meetingId }: { meetingId: string }) {
  const intl = useIntl();
  const [code, setCode] = useState('');
  const checkIn = useMeetingChange((body: { code: string }) =>
    callApi(meetingRoutes.checkIn, { params: { id: meetingId }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    checkIn.mutate({ code: code.trim() });
  }
  return (
    <Card withBorder component="section" aria-labelledby="check-in-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="check-in-heading">
            <FormattedMessage id="meetings.checkIn.title" />
          </Title>
          <Text size="sm">
            <FormattedMessage id="meetings.checkIn.intro" />
          </Text>
          {checkIn.isError && (
            <ErrorAlert
              error={checkIn.error}
              messages={{
                validation: 'meetings.checkIn.wrongCode',
                forbidden: 'meetings.checkIn.wrongCode',
              }}
            />
          )}
          <TextInput
            label={intl.formatMessage({ id: 'meetings.checkIn.code' })}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            size="lg"
            required
          />
          <Button type="submit" size="lg" loading={checkIn.isPending}>
            <FormattedMessage id="meetings.checkIn.submit" />
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** "Begär ordet", "Replik" and leaving the list; my place in the queue. */
function FloorButtons({ live }: { live: Live }) {
  const intl = useIntl();
  const request = useMeetingChange((body: { kind: 'speech' | 'reply'; replyToId?: string }) =>
    callApi(meetingRoutes.requestFloor, { params: { id: live.meetingId }, body }),
  );
  const withdraw = useMeetingChange((entryId: string) =>
    callApi(meetingRoutes.withdrawSpeaker, { params: { id: entryId } }),
  );
  const { me, current } = live;
  const session = useCurrentSession();
  const error = request.error ?? withdraw.error;
  if (current && current.person?.id === session.user.personId) {
    return (
      <Text size="xl" fw={700} role="status" c="teal.9">
        <FormattedMessage id="meetings.room.youSpeak" />
      </Text>
    );
  }
  if (!live.currentItem) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="meetings.room.noItem" />
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {error && <ErrorAlert error={error} />}
      {me.entryId ? (
        <>
          <Text size="xl" fw={700} role="status">
            <FormattedMessage id="meetings.room.place" values={{ place: me.place ?? 1 }} />
          </Text>
          <Button
            variant="default"
            size="lg"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate(me.entryId ?? '')}
          >
            <FormattedMessage id="meetings.room.withdraw" />
          </Button>
        </>
      ) : (
        <>
          <Button
            className="meeting-floor-button"
            size="xl"
            loading={request.isPending && request.variables.kind === 'speech'}
            onClick={() => request.mutate({ kind: 'speech' })}
          >
            <FormattedMessage id="meetings.room.requestFloor" />
          </Button>
          {current && (
            <Button
              className="meeting-floor-button"
              size="xl"
              variant="light"
              color="grape"
              loading={request.isPending && request.variables.kind === 'reply'}
              onClick={() => request.mutate({ kind: 'reply', replyToId: current.id })}
              aria-label={intl.formatMessage(
                { id: 'meetings.room.replyTo' },
                { name: speakerName(current, intl) },
              )}
            >
              <FormattedMessage id="meetings.room.reply" />
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}

/** The member's phone in the meeting: check in, ask for the floor, see the list. */
export function MeetingRoomPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const live = useLiveState(id);
  if (live.isPending) return <PageLoader />;
  if (live.isError) {
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={live.error} onRetry={() => void live.refetch()} />
      </Stack>
    );
  }
  const state = live.data;
  const isOpen = state.openedAt !== null && state.closedAt === null;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/meetings/${id}`} size="sm">
        <FormattedMessage id="meetings.back.meeting" />
      </Anchor>
      <PageTitle>{state.title}</PageTitle>
      {!isOpen ? (
        <Text>
          <FormattedMessage
            id={state.closedAt ? 'meetings.room.closed' : 'meetings.room.notOpen'}
          />
        </Text>
      ) : !state.me.isCheckedIn ? (
        <CheckInForm meetingId={id} />
      ) : (
        <>
          {state.currentItem && (
            <Text fw={600}>
              <FormattedMessage
                id="meetings.room.item"
                values={{ position: state.currentItem.position, title: state.currentItem.title }}
              />
            </Text>
          )}
          <FloorButtons live={state} />
        </>
      )}
      {isOpen && (
        <Card withBorder component="section" aria-labelledby="speaking-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="speaking-heading">
              <FormattedMessage id="meetings.room.speaking" />
            </Title>
            {state.current ? (
              <Group justify="space-between" wrap="nowrap">
                <Text size="lg" fw={700}>
                  {speakerName(state.current, intl)}
                </Text>
                <SpeakerTimer
                  startedAt={state.current.startedAt}
                  limitSeconds={state.current.limitSeconds}
                  clockOffsetMs={state.clockOffsetMs}
                  size="lg"
                />
              </Group>
            ) : (
              <Text c="dimmed">
                <FormattedMessage id="meetings.room.nobody" />
              </Text>
            )}
            <Title order={3} size="h5">
              <FormattedMessage id="meetings.queue.title" values={{ count: state.queue.length }} />
            </Title>
            <SpeakerQueue
              queue={state.queue}
              showFirstTime={state.firstTimeSpeakersFirst}
              highlightId={state.me.entryId}
            />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
