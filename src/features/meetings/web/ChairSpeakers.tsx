import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { LiveState } from '../meeting-live.contract.ts';
import { SpeakerBadges, SpeakerQueue, speakerName } from './SpeakerQueue.tsx';
import { SpeakerTimer } from './SpeakerTimer.tsx';
import { useAttendance, useMeetingChange } from './useMeetings.ts';

type Live = LiveState & { clockOffsetMs: number };

/** The chair's speakers' list: who speaks, the timer, the queue with its buttons, adding someone. */
export function ChairSpeakers({ live }: { live: Live }) {
  const intl = useIntl();
  const id = live.meetingId;
  const attendance = useAttendance(id, true);
  const [personId, setPersonId] = useState('');
  const next = useMeetingChange(() => callApi(meetingRoutes.nextSpeaker, { params: { id } }));
  const start = useMeetingChange((entryId: string) =>
    callApi(meetingRoutes.startSpeaker, { params: { id: entryId } }),
  );
  const stop = useMeetingChange((entryId: string) =>
    callApi(meetingRoutes.stopSpeaker, { params: { id: entryId } }),
  );
  const strike = useMeetingChange((entryId: string) =>
    callApi(meetingRoutes.withdrawSpeaker, { params: { id: entryId } }),
  );
  const add = useMeetingChange(
    (body: { personId: string; kind: 'speech' | 'reply'; replyToId?: string }) =>
      callApi(meetingRoutes.requestFloor, { params: { id }, body }),
  );
  const error = next.error ?? start.error ?? stop.error ?? strike.error ?? add.error;
  const { current, queue } = live;
  const options = [
    { value: '', label: intl.formatMessage({ id: 'meetings.chair.choosePerson' }) },
    ...(attendance.data?.items ?? []).map((a) => ({ value: a.person.id, label: a.person.name })),
  ];

  return (
    <Card withBorder component="section" aria-labelledby="chair-speakers-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="chair-speakers-heading">
          <FormattedMessage id="meetings.chair.speakers" />
        </Title>
        {error && <ErrorAlert error={error} />}
        <Group justify="space-between" align="center" wrap="wrap">
          {current ? (
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                <FormattedMessage id="meetings.room.speaking" />
              </Text>
              <Group gap="xs">
                <Text size="xl" fw={700}>
                  {speakerName(current, intl)}
                </Text>
                <SpeakerBadges entry={current} showFirstTime={live.firstTimeSpeakersFirst} />
              </Group>
            </Stack>
          ) : (
            <Text c="dimmed">
              <FormattedMessage id="meetings.room.nobody" />
            </Text>
          )}
          {current && (
            <SpeakerTimer
              startedAt={current.startedAt}
              limitSeconds={current.limitSeconds}
              clockOffsetMs={live.clockOffsetMs}
              size="xl"
            />
          )}
        </Group>
        <Group gap="sm">
          <Button
            onClick={() => next.mutate(undefined)}
            loading={next.isPending}
            disabled={queue.length === 0}
          >
            <FormattedMessage id="meetings.chair.next" />
          </Button>
          {current && (
            <Button
              variant="default"
              onClick={() => stop.mutate(current.id)}
              loading={stop.isPending}
            >
              <FormattedMessage id="meetings.chair.stop" />
            </Button>
          )}
        </Group>
        <Title order={3} size="h5">
          <FormattedMessage id="meetings.queue.title" values={{ count: queue.length }} />
        </Title>
        <SpeakerQueue
          queue={queue}
          showFirstTime={live.firstTimeSpeakersFirst}
          actions={(entry) => (
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => start.mutate(entry.id)}
                aria-label={intl.formatMessage(
                  { id: 'meetings.chair.giveFloorTo' },
                  { name: speakerName(entry, intl) },
                )}
              >
                <FormattedMessage id="meetings.chair.giveFloor" />
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => strike.mutate(entry.id)}
                aria-label={intl.formatMessage(
                  { id: 'meetings.chair.strikeName' },
                  { name: speakerName(entry, intl) },
                )}
              >
                <FormattedMessage id="meetings.chair.strike" />
              </Button>
            </Group>
          )}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={intl.formatMessage({ id: 'meetings.chair.addSpeaker' })}
            description={intl.formatMessage({ id: 'meetings.chair.addSpeakerHint' })}
            data={options}
            value={personId}
            onChange={(event) => setPersonId(event.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
          <Button
            variant="default"
            disabled={!personId}
            loading={add.isPending}
            onClick={() =>
              add.mutate({ personId, kind: 'speech' }, { onSuccess: () => setPersonId('') })
            }
          >
            <FormattedMessage id="meetings.chair.add" />
          </Button>
          {current && (
            <Button
              variant="default"
              color="grape"
              disabled={!personId}
              onClick={() =>
                add.mutate(
                  { personId, kind: 'reply', replyToId: current.id },
                  { onSuccess: () => setPersonId('') },
                )
              }
            >
              <FormattedMessage id="meetings.chair.addReply" />
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
