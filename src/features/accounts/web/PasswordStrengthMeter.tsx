import { Progress, Stack, Text } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { PasswordContext } from '../password-policy.ts';
import { ratePassword, type PasswordVerdict } from './password-strength.ts';
import { usePasswordChecker } from './usePasswordChecker.ts';

const verdictMessages: Record<PasswordVerdict, string> = {
  too_short: 'passwordMeter.tooShort',
  too_long: 'passwordMeter.tooLong',
  common_password: 'passwordMeter.common',
  repetitive_password: 'passwordMeter.guessable',
  personal_password: 'passwordMeter.guessable',
  checking: 'passwordMeter.checking',
  unchecked: 'passwordMeter.unchecked',
  weak: 'passwordMeter.weak',
  fair: 'passwordMeter.fair',
  strong: 'passwordMeter.strong',
};

// Why: for a refusal the very text the server's refusal shows.
const reasonMessages: Partial<Record<PasswordVerdict, string>> = {
  too_short: 'error.field.newPassword.too_small',
  too_long: 'error.field.newPassword.too_big',
  common_password: 'error.field.common_password',
  repetitive_password: 'error.field.repetitive_password',
  personal_password: 'error.field.personal_password',
  weak: 'passwordMeter.weak.reason',
};

const colours: Record<PasswordVerdict, string> = {
  too_short: 'red',
  too_long: 'red',
  common_password: 'red',
  repetitive_password: 'red',
  personal_password: 'red',
  checking: 'gray',
  unchecked: 'gray',
  weak: 'orange',
  fair: 'yellow',
  strong: 'green',
};

/**
 * How strong the password being typed is and, when the server would refuse it, why. The
 * verdict is in words (and the bar's value text), not in colour alone.
 */
export function PasswordStrengthMeter({
  password,
  context,
  hasFieldError = false,
}: {
  password: string;
  /** Whose password it is: names and addresses it must not be built on. */
  context: PasswordContext;
  /** The field already shows the server's reason; the meter does not repeat it. */
  hasFieldError?: boolean;
}) {
  const intl = useIntl();
  const { checker, hasFailed } = usePasswordChecker();
  // Typing stays quick while the estimate of a long password is worked out.
  const typed = useDeferredValue(password);
  const rating = useMemo(
    () => ratePassword(typed, context, checker, hasFailed),
    [typed, context, checker, hasFailed],
  );
  const verdict = intl.formatMessage({ id: verdictMessages[rating.verdict] });
  const reason = reasonMessages[rating.verdict];
  return (
    <Stack gap={4}>
      {typed && (
        <Progress.Root size="sm">
          <Progress.Section
            value={rating.value}
            color={colours[rating.verdict]}
            withAria={false}
            role="progressbar"
            aria-label={intl.formatMessage({ id: 'passwordMeter.label' })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={rating.value}
            aria-valuetext={verdict}
          />
        </Progress.Root>
      )}
      {/* Always present, so that screen readers announce the first verdict too. */}
      <div aria-live="polite">
        {typed && (
          <>
            <Text size="sm" fw={600} c={rating.isRefused ? 'red.9' : undefined}>
              {verdict}
            </Text>
            {reason && !hasFieldError && (
              <Text size="sm">{intl.formatMessage({ id: reason })}</Text>
            )}
          </>
        )}
      </div>
    </Stack>
  );
}
