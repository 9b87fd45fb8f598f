import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { z } from 'zod';
import type { Activity, ShiftSummary } from '../../schedule/activities.contract.ts';
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { ShiftSignupButton } from './ShiftSignupButton.tsx';

type Shift = z.output<typeof ShiftSummary>;

/** "3 av 10 platser tagna · 2 på väntelistan", and "Behövs fler" while short of the wanted number. */
export function ActivityPageShiftFill({ shift }: { shift: Shift }) {
  const isShort = shift.wanted !== null && shift.confirmed < shift.wanted;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {shift.capacity === null ? (
          <FormattedMessage id="signup.countOpen" values={{ confirmed: shift.confirmed }} />
        ) : (
          <FormattedMessage
            id="signup.countOf"
            values={{ confirmed: shift.confirmed, capacity: shift.capacity }}
          />
        )}
        {shift.waiting > 0 && (
          <FormattedMessage id="signup.countWaiting" values={{ waiting: shift.waiting }} />
        )}
      </Text>
      {isShort && (
        <Badge color="orange" variant="light">
          <FormattedMessage id="signup.needed" />
        </Badge>
      )}
    </Group>
  );
}

/** The activity's shifts, each with its own one-tap sign-up. */
export function ActivityPageShifts({ activity }: { activity: z.output<typeof Activity> }) {
  return (
    <section aria-labelledby="activity-shifts">
      <Title order={2} size="h3" id="activity-shifts" mb="sm">
        <FormattedMessage id={activity.shifts.length > 1 ? 'signup.chooseShift' : 'signup.shift'} />
      </Title>
      <Stack gap="sm" component="ul" className="plain-list">
        {activity.shifts.map((shift) => (
          <Card key={shift.id} withBorder component="li" padding="sm">
            <Stack gap={6}>
              <Text fw={600} id={`shift-${shift.id}`}>
                {shift.title && `${shift.title} · `}
                <ActivityTimeRange
                  startsAt={shift.startsAt}
                  endsAt={shift.endsAt}
                  dateShown={activity.startsAt}
                />
              </Text>
              <ActivityPageShiftFill shift={shift} />
              <ShiftSignupButton
                shift={shift}
                cutoffMinutes={activity.signupCutoffMinutes}
                contactName={activity.contactPerson?.name ?? null}
                isCancelled={activity.cancelledAt !== null}
                describedBy={`shift-${shift.id}`}
              />
            </Stack>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
