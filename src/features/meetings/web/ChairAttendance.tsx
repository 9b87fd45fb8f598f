import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { useAttendance, useMeetingChange } from './useMeetings.ts';

/** Who checked in; the chair checks in someone without a phone (from the register). */
export function ChairAttendance({ meetingId }: { meetingId: string }) {
  const intl = useIntl();
  const attendance = useAttendance(meetingId, true);
  const add = useMeetingChange((personId: string) =>
    callApi(meetingRoutes.addAttendee, { params: { id: meetingId }, body: { personId } }),
  );
  const remove = useMeetingChange((personId: string) =>
    callApi(meetingRoutes.removeAttendee, { params: { id: meetingId, personId } }),
  );
  const items = attendance.data?.items ?? [];
  const error = attendance.error ?? add.error ?? remove.error;
  return (
    <Card withBorder component="section" aria-labelledby="attendance-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="attendance-heading">
          <FormattedMessage id="meetings.attendance.title" values={{ count: items.length }} />
        </Title>
        {error && <ErrorAlert error={error} />}
        <PersonPicker
          label={intl.formatMessage({ id: 'meetings.attendance.add' })}
          meetingId={meetingId}
          onPick={(person) => add.mutate(person.id)}
        />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="meetings.attendance.empty" />
          </Text>
        ) : (
          <ul className="plain-list" style={{ maxHeight: 260, overflowY: 'auto' }}>
            {items.map((attendee) => (
              <li key={attendee.person.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm">
                    {attendee.person.name}
                    {attendee.method === 'chair' && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        <FormattedMessage id="meetings.attendance.byChair" />
                      </Text>
                    )}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate(attendee.person.id)}
                    aria-label={intl.formatMessage(
                      { id: 'meetings.attendance.removeName' },
                      { name: attendee.person.name },
                    )}
                  >
                    <FormattedMessage id="common.delete" />
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Card>
  );
}
