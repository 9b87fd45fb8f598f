import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { Meeting } from '../meeting-plan.contract.ts';
import { useMeetingChange } from './useMeetings.ts';

/** The agenda with the item under way marked; the chair moves the meeting from item to item. */
export function ChairAgenda({
  meeting,
  currentItemId,
}: {
  meeting: Meeting;
  currentItemId: string | null;
}) {
  const intl = useIntl();
  const move = useMeetingChange((itemId: string | null) =>
    callApi(meetingRoutes.setCurrentItem, { params: { id: meeting.id }, body: { itemId } }),
  );
  return (
    <Card withBorder component="section" aria-labelledby="chair-agenda-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="chair-agenda-heading">
          <FormattedMessage id="meetings.agenda.title" />
        </Title>
        {move.isError && <ErrorAlert error={move.error} />}
        {meeting.agenda.length === 0 && (
          <Text c="dimmed" size="sm">
            <FormattedMessage id="meetings.agenda.empty" />
          </Text>
        )}
        <ol className="plain-list" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {meeting.agenda.map((item) => {
            const isCurrent = item.id === currentItemId;
            return (
              <li key={item.id} aria-current={isCurrent ? 'step' : undefined}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={isCurrent ? 700 : 400}>
                    {item.position}. {item.title}
                  </Text>
                  {isCurrent ? (
                    <Text size="xs" c="teal.9" fw={700}>
                      <FormattedMessage id="meetings.chair.now" />
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={move.isPending && move.variables === item.id}
                      onClick={() => move.mutate(item.id)}
                      aria-label={intl.formatMessage(
                        { id: 'meetings.chair.goToItem' },
                        { title: item.title },
                      )}
                    >
                      <FormattedMessage id="meetings.chair.goTo" />
                    </Button>
                  )}
                </Group>
              </li>
            );
          })}
        </ol>
      </Stack>
    </Card>
  );
}
