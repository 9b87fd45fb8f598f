import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { SpeakerBadges, SpeakerQueue, speakerName } from './SpeakerQueue.tsx';
import { SpeakerTimer } from './SpeakerTimer.tsx';
import { useLiveState } from './useLiveState.ts';
import './meetings.css';

/**
 * The big screen in the room: the item under way, who speaks with the turn's timer, who is next,
 * and how to check in. Names of the speakers only: no attendance list, no statistics per person.
 * Covers the app's header and menus; "Helskärm" hides the browser's too.
 */
export function MeetingProjectorPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const live = useLiveState(id);
  useEffect(() => {
    if (live.data) document.title = live.data.title;
  }, [live.data]);
  if (live.isPending) return <PageLoader />;
  if (live.isError) return <ErrorAlert error={live.error} onRetry={() => void live.refetch()} />;
  const state = live.data;
  const isOpen = state.openedAt !== null && state.closedAt === null;
  return (
    <div className="meeting-projector">
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <h1 style={{ margin: 0, fontSize: 'clamp(1.4rem, 2.4vw, 2.2rem)' }}>{state.title}</h1>
            {state.theme && (
              <Text size="xl" c="dimmed">
                {state.theme}
              </Text>
            )}
          </Stack>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void document.documentElement.requestFullscreen?.()}
          >
            <FormattedMessage id="meetings.projector.fullscreen" />
          </Button>
        </Group>
        {!isOpen ? (
          <Text className="meeting-projector-item">
            <FormattedMessage
              id={state.closedAt ? 'meetings.room.closed' : 'meetings.room.notOpen'}
            />
          </Text>
        ) : (
          <>
            <Text className="meeting-projector-item" fw={600}>
              {state.currentItem ? (
                `§ ${state.currentItem.position}. ${state.currentItem.title}`
              ) : (
                <FormattedMessage id="meetings.room.noItem" />
              )}
            </Text>
            <Group justify="space-between" align="center" wrap="wrap" gap="xl">
              <Stack gap="xs">
                <Text size="xl" c="dimmed">
                  <FormattedMessage id="meetings.room.speaking" />
                </Text>
                {state.current ? (
                  <Group gap="md" align="center">
                    <Text className="meeting-projector-speaker">
                      {speakerName(state.current, intl)}
                    </Text>
                    <SpeakerBadges
                      entry={state.current}
                      showFirstTime={state.firstTimeSpeakersFirst}
                    />
                  </Group>
                ) : (
                  <Text className="meeting-projector-speaker" c="dimmed">
                    –
                  </Text>
                )}
              </Stack>
              {state.current && (
                <SpeakerTimer
                  startedAt={state.current.startedAt}
                  limitSeconds={state.current.limitSeconds}
                  clockOffsetMs={state.clockOffsetMs}
                  className="meeting-projector-timer"
                />
              )}
            </Group>
            <Stack gap="xs">
              <Text size="xl" c="dimmed">
                <FormattedMessage
                  id="meetings.queue.title"
                  values={{ count: state.queue.length }}
                />
              </Text>
              <SpeakerQueue
                queue={state.queue.slice(0, 8)}
                showFirstTime={state.firstTimeSpeakersFirst}
                size="xl"
              />
              {state.queue.length > 8 && (
                <Text size="xl" c="dimmed">
                  <FormattedMessage
                    id="meetings.projector.more"
                    values={{ count: state.queue.length - 8 }}
                  />
                </Text>
              )}
            </Stack>
          </>
        )}
        <Group gap="xl" wrap="wrap">
          {isOpen && state.chair && (
            <Text size="xl">
              <FormattedMessage id="meetings.projector.checkIn" />{' '}
              <span className="meeting-projector-code">{state.chair.checkInCode}</span>
            </Text>
          )}
          <Text size="xl" c="dimmed">
            <FormattedMessage
              id="meetings.attendance.count"
              values={{ count: state.attendanceCount }}
            />
          </Text>
          {state.quorum && (
            <Text size="xl" c={state.quorum.isMet ? 'teal.9' : 'red.9'}>
              <FormattedMessage
                id={state.quorum.isMet ? 'meetings.quorum.met' : 'meetings.quorum.notMet'}
                values={{ minimum: state.quorum.minimum }}
              />
            </Text>
          )}
        </Group>
      </Stack>
    </div>
  );
}
