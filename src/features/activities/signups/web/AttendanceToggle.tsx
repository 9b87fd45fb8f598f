import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMarkAttendance } from './useSignupsAdmin.ts';

/**
 * "Närvarande" / "Uteblev" for one sign-up; pressing the chosen one again clears the mark.
 * On an error the row keeps what the server has and says the mark was not saved.
 */
export function AttendanceToggle({
  activityId,
  signupId,
  name,
  attended,
}: {
  activityId: string;
  signupId: string;
  name: string;
  attended: boolean | null;
}) {
  const intl = useIntl();
  const mark = useMarkAttendance(activityId);
  // While saving, show the choice being made.
  const shown = mark.isPending ? mark.variables.attended : attended;
  const choices = [
    { value: true, id: 'activities.attendance.attended', color: 'green.9' },
    { value: false, id: 'activities.attendance.noShow', color: 'red.9' },
  ] as const;
  return (
    <Group
      gap={4}
      role="group"
      aria-label={intl.formatMessage({ id: 'activities.attendance.of' }, { name })}
      wrap="nowrap"
    >
      {choices.map((choice) => {
        const isChosen = shown === choice.value;
        return (
          <Button
            key={String(choice.value)}
            size="compact-sm"
            variant={isChosen ? 'filled' : 'default'}
            color={isChosen ? choice.color : undefined}
            aria-pressed={isChosen}
            disabled={mark.isPending}
            onClick={() => mark.mutate({ signupId, attended: isChosen ? null : choice.value })}
          >
            <FormattedMessage id={choice.id} />
          </Button>
        );
      })}
      {mark.isError && (
        <Text size="xs" c="red.9" role="alert">
          <FormattedMessage id="activities.attendance.failed" />
        </Text>
      )}
    </Group>
  );
}
