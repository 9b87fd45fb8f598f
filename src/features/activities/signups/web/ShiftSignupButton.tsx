import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { ApiError } from '../../../../platform/web/api.ts';
import { describeError } from '../../../../platform/web/ui/error-messages.ts';
import type { ShiftSummary } from '../../schedule/activities.contract.ts';
import { useShiftSignup } from './useShiftSignup.ts';
import { CancelSignupButton } from './CancelSignupButton.tsx';

type Shift = z.output<typeof ShiftSummary>;

// Refusals the sign-up routes explain with a field code; anything else is described generically.
const refusals: Record<string, string> = {
  cutoff_passed: 'signup.error.cutoffPassed',
  activity_cancelled: 'signup.error.activityCancelled',
};

/** Why the server refused a sign-up or a cancellation, in the reader's language. */
export function signupRefusalMessage(intl: IntlShape, error: unknown): string {
  if (error instanceof ApiError) {
    const id = error.fieldErrors.map((field) => refusals[field.code]).find(Boolean);
    if (id) return intl.formatMessage({ id });
    if (error.code === 'not_found') return intl.formatMessage({ id: 'signup.error.notFound' });
  }
  return describeError(intl, error);
}

/**
 * One shift's sign-up in one tap: "Anmäl mig" (or the waiting list when full), then what the
 * server made of it, and "Avanmäl" until the organizer's cutoff. When the cutoff is not known
 * (in lists) the button is offered and the server's refusal, if any, is shown.
 */
export function ShiftSignupButton({
  shift,
  cutoffMinutes,
  contactName,
  isCancelled = false,
  describedBy,
}: {
  shift: Shift;
  cutoffMinutes?: number;
  contactName?: string | null;
  isCancelled?: boolean;
  describedBy?: string;
}) {
  const intl = useIntl();
  const { signUp, cancel } = useShiftSignup(shift.id);
  const now = Date.now();
  const closesAt =
    cutoffMinutes === undefined ? null : Date.parse(shift.startsAt) - cutoffMinutes * 60_000;
  const isOpen =
    !isCancelled && Date.parse(shift.endsAt) > now && (closesAt === null || now <= closesAt);
  const mine = shift.mySignup;
  const isFull = shift.capacity !== null && shift.confirmed >= shift.capacity;
  const isPending = signUp.isPending || cancel.isPending;
  const error = signUp.error ?? cancel.error;

  const act = (which: 'signUp' | 'cancel') => {
    signUp.reset();
    cancel.reset();
    (which === 'signUp' ? signUp : cancel).mutate();
  };

  let status: ReactNode = null;
  let action: ReactNode = null;
  if (mine) {
    status =
      mine.status === 'waiting' ? (
        <FormattedMessage
          id="signup.waiting"
          values={{ position: mine.waitingPosition ?? shift.waiting }}
        />
      ) : (
        <FormattedMessage id="signup.confirmed" />
      );
    if (isOpen) {
      action = (
        <CancelSignupButton
          onConfirm={() => act('cancel')}
          isPending={cancel.isPending}
          disabled={isPending}
          isConfirmed={mine.status === 'confirmed'}
          describedBy={describedBy}
        />
      );
    } else if (!isCancelled) {
      status = (
        <>
          {status}
          <Text size="sm" c="dimmed" component="span" display="block">
            {contactName ? (
              <FormattedMessage id="signup.tooLateContact" values={{ name: contactName }} />
            ) : (
              <FormattedMessage id="signup.tooLate" />
            )}
          </Text>
        </>
      );
    }
  } else if (isOpen) {
    if (isFull) status = <FormattedMessage id="signup.full" />;
    action = (
      <Button
        variant={isFull ? 'light' : 'filled'}
        onClick={() => act('signUp')}
        loading={signUp.isPending}
        disabled={isPending}
        aria-describedby={describedBy}
      >
        <FormattedMessage id={isFull ? 'signup.joinWaitingList' : 'signup.signUp'} />
      </Button>
    );
  } else if (!isCancelled) {
    status = <FormattedMessage id="signup.closed" />;
  }

  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="wrap" justify="space-between">
        {/* Announced when it changes: the answer to the tap. */}
        <Text
          role="status"
          fw={mine ? 600 : undefined}
          c={mine?.status === 'confirmed' ? 'green.9' : undefined}
          size="sm"
        >
          {status}
        </Text>
        {action}
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs">
          <Text size="sm">{signupRefusalMessage(intl, error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
