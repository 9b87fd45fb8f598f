import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { ShiftSummary } from '../../schedule/activities.contract.ts';
import type { Signup } from '../signups.contract.ts';
import { AttendanceToggle } from './AttendanceToggle.tsx';
import { useMoveSignup, useRemoveSignup } from './useSignupsAdmin.ts';

type Shift = z.output<typeof ShiftSummary>;

/** One person on a shift: who, how they came, attendance once the shift has begun, and actions. */
export function BookingSignupRow({
  activityId,
  signup,
  otherShifts,
  canManage,
  showAttendance,
  shiftLabel,
}: {
  activityId: string;
  signup: z.output<typeof Signup>;
  otherShifts: Shift[];
  canManage: boolean;
  showAttendance: boolean;
  shiftLabel: (shift: Shift) => string;
}) {
  const intl = useIntl();
  const move = useMoveSignup();
  const remove = useRemoveSignup();
  const name = signup.person.name;
  const error = move.error ?? remove.error;
  return (
    <li>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} wrap="wrap">
          {signup.waitingPosition !== null && (
            <Text size="sm" c="dimmed">
              {signup.waitingPosition}.
            </Text>
          )}
          <Text size="sm" fw={500}>
            {name}
          </Text>
          {signup.source !== 'self' && (
            <Badge size="xs" variant="light" color="gray">
              <FormattedMessage id={`activities.source.${signup.source}`} />
            </Badge>
          )}
          {!signup.person.isMember && (
            <Badge size="xs" variant="outline" color="dark">
              <FormattedMessage id="activities.notMember" />
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {showAttendance && signup.status === 'confirmed' && (
            <AttendanceToggle
              activityId={activityId}
              signupId={signup.id}
              name={name}
              attended={signup.attended}
            />
          )}
          {canManage && signup.status !== 'cancelled' && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  loading={move.isPending || remove.isPending}
                  aria-label={intl.formatMessage({ id: 'activities.signup.actions' }, { name })}
                >
                  …
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {otherShifts.map((shift) => (
                  <Menu.Item
                    key={shift.id}
                    onClick={() => move.mutate({ signupId: signup.id, shiftId: shift.id })}
                  >
                    <FormattedMessage
                      id="activities.signup.moveTo"
                      values={{ shift: shiftLabel(shift) }}
                    />
                  </Menu.Item>
                ))}
                <Menu.Item color="red" onClick={() => remove.mutate(signup.id)}>
                  <FormattedMessage id="activities.signup.remove" />
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {error && (
        <Text size="xs" c="red.9" role="alert">
          <FormattedMessage id="activities.signup.failed" />
        </Text>
      )}
    </li>
  );
}
