import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { Minutes } from '../meeting-records.contract.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { useMeetingChange } from './useMeetings.ts';

/** The adjusters (justerare): named by the secretary or chair, one to five. */
function AdjustersEditor({ minutes }: { minutes: Minutes }) {
  const intl = useIntl();
  const ids = minutes.adjusters.map((a) => a.person.id);
  const save = useMeetingChange((personIds: string[]) =>
    callApi(meetingRoutes.setAdjusters, { params: { id: minutes.meetingId }, body: { personIds } }),
  );
  return (
    <Stack gap="xs">
      {save.isError && <ErrorAlert error={save.error} />}
      {minutes.adjusters.length > 0 && (
        <Group gap="xs">
          {minutes.adjusters.map((a) => (
            <Button
              key={a.person.id}
              size="compact-sm"
              variant="default"
              onClick={() => save.mutate(ids.filter((id) => id !== a.person.id))}
              disabled={ids.length === 1}
              aria-label={intl.formatMessage(
                { id: 'meetings.minutes.removeAdjuster' },
                { name: a.person.name },
              )}
            >
              {a.person.name} ✕
            </Button>
          ))}
        </Group>
      )}
      {ids.length < 5 && (
        <PersonPicker
          label={intl.formatMessage({ id: 'meetings.minutes.addAdjuster' })}
          meetingId={minutes.meetingId}
          onPick={(person) => !ids.includes(person.id) && save.mutate([...ids, person.id])}
        />
      )}
    </Stack>
  );
}

/** The secretary's side: generate the draft, edit it, name the adjusters, send it to them. */
export function MinutesEditor({ minutes }: { minutes: Minutes }) {
  const intl = useIntl();
  const id = minutes.meetingId;
  const [text, setText] = useState(minutes.markdown ?? '');
  useEffect(() => setText(minutes.markdown ?? ''), [minutes.markdown]);
  const generate = useMeetingChange(() =>
    callApi(meetingRoutes.generateMinutes, { params: { id } }),
  );
  const save = useMeetingChange((markdown: string) =>
    callApi(meetingRoutes.updateMinutes, { params: { id }, body: { markdown } }),
  );
  const ready = useMeetingChange(() => callApi(meetingRoutes.markMinutesReady, { params: { id } }));
  const error = generate.error ?? save.error ?? ready.error;
  const isChanged = text !== (minutes.markdown ?? '');
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="minutes-edit-heading"
      className="no-print"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="minutes-edit-heading">
          <FormattedMessage id="meetings.minutes.edit" />
        </Title>
        {error && <ErrorAlert error={error} />}
        <Text size="sm">
          <FormattedMessage id="meetings.minutes.generateHint" />
        </Text>
        <Button
          variant={minutes.markdown === null ? 'filled' : 'default'}
          onClick={() => generate.mutate(undefined)}
          loading={generate.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          <FormattedMessage
            id={
              minutes.markdown === null
                ? 'meetings.minutes.generate'
                : 'meetings.minutes.regenerate'
            }
          />
        </Button>
        {minutes.markdown !== null && (
          <>
            <Textarea
              label={intl.formatMessage({ id: 'meetings.minutes.text' })}
              description={intl.formatMessage({ id: 'meetings.minutes.textHint' })}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={10}
              maxRows={30}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Button
              onClick={() => save.mutate(text)}
              loading={save.isPending}
              disabled={!isChanged}
              style={{ alignSelf: 'flex-start' }}
            >
              <FormattedMessage id="meetings.minutes.save" />
            </Button>
            {minutes.status === 'ready' && isChanged && (
              <Text size="sm" c="orange.9">
                <FormattedMessage id="meetings.minutes.saveClears" />
              </Text>
            )}
            <Title order={3} size="h4">
              <FormattedMessage id="meetings.minutes.adjusters" />
            </Title>
            <AdjustersEditor minutes={minutes} />
            {minutes.status === 'draft' && (
              <Button
                onClick={() => ready.mutate(undefined)}
                loading={ready.isPending}
                disabled={minutes.adjusters.length === 0 || isChanged}
                style={{ alignSelf: 'flex-start' }}
              >
                <FormattedMessage id="meetings.minutes.send" />
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
