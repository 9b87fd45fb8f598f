import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import type { Activity, ShiftSummary } from '../../schedule/activities.contract.ts';
import type { Signup } from '../signups.contract.ts';
import { BookingForm } from './BookingForm.tsx';
import { BookingSignupRow } from './BookingSignupRow.tsx';
import { FillText } from '../../schedule/web/CalendarItem.tsx';
import { useSignups } from './useSignupsAdmin.ts';

type Shift = z.output<typeof ShiftSummary>;
type SignupItem = z.output<typeof Signup>;

const byName = (a: SignupItem, b: SignupItem) =>
  a.person.name.localeCompare(b.person.name, 'sv') || a.id.localeCompare(b.id);

const time = { hour: '2-digit', minute: '2-digit' } as const;

/** Each shift with who is on it, who waits (in order) and who cancelled; booking for managers. */
export function OrganizerShiftSignups({
  activity,
  now = new Date(),
}: {
  activity: z.output<typeof Activity>;
  now?: Date;
}) {
  const intl = useIntl();
  const signups = useSignups(activity.id, activity.canSeeSignups);
  const label = (shift: Shift) =>
    shift.title ||
    intl.formatDateTimeRange(new Date(shift.startsAt), new Date(shift.endsAt), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...time,
    });

  if (signups.isPending) return <PageLoader />;
  if (signups.isError)
    return <ErrorAlert error={signups.error} onRetry={() => void signups.refetch()} />;

  return (
    <Stack gap="md">
      {activity.shifts.map((shift) => {
        const mine = signups.data.items.filter((signup) => signup.shiftId === shift.id);
        // By name, not by attendance or time of change: rows stay put while they are marked.
        const confirmed = mine.filter((signup) => signup.status === 'confirmed').sort(byName);
        const waiting = mine
          .filter((signup) => signup.status === 'waiting')
          .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
        const cancelled = mine.filter((signup) => signup.status === 'cancelled');
        const headingId = `shift-${shift.id}`;
        const row = (signup: SignupItem) => (
          <BookingSignupRow
            key={signup.id}
            activityId={activity.id}
            signup={signup}
            otherShifts={activity.shifts.filter((other) => other.id !== shift.id)}
            canManage={activity.canManage && !activity.cancelledAt}
            showAttendance={Date.parse(shift.startsAt) <= now.getTime()}
            shiftLabel={label}
          />
        );
        return (
          <Card key={shift.id} withBorder component="section" aria-labelledby={headingId}>
            <Group justify="space-between" mb="xs" gap="xs">
              <Title order={3} size="h5" id={headingId}>
                {label(shift)}
              </Title>
              <Text size="sm" c="dimmed">
                <FillText activity={{ shifts: [shift] }} />
              </Text>
            </Group>
            {shift.title && (
              <Text size="xs" c="dimmed" mb="xs">
                {intl.formatDateTimeRange(new Date(shift.startsAt), new Date(shift.endsAt), {
                  day: 'numeric',
                  month: 'short',
                  ...time,
                })}
              </Text>
            )}
            {confirmed.length === 0 ? (
              <Text size="sm" c="dimmed">
                <FormattedMessage id="activities.shift.nobody" />
              </Text>
            ) : (
              <ul className="plain-list member-list">{confirmed.map(row)}</ul>
            )}
            {waiting.length > 0 && (
              <>
                <Title order={4} size="h6" mt="sm">
                  <FormattedMessage
                    id="activities.shift.waiting"
                    values={{ count: waiting.length }}
                  />
                </Title>
                <ol className="plain-list member-list">{waiting.map(row)}</ol>
              </>
            )}
            {cancelled.length > 0 && (
              <details>
                <summary>
                  <FormattedMessage
                    id="activities.shift.cancelled"
                    values={{ count: cancelled.length }}
                  />
                </summary>
                <ul className="plain-list member-list">{cancelled.map(row)}</ul>
              </details>
            )}
            {activity.canManage && !activity.cancelledAt && (
              <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
                <BookingForm shiftId={shift.id} shiftLabel={label(shift)} />
              </div>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
