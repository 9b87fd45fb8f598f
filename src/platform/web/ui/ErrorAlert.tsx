import { Alert, Button, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError, isRetryable, type ErrorMessageOverrides } from './error-messages.ts';

/**
 * A translated error, announced to screen readers. The retry button shows only when retrying
 * can help (no answer, or a server fault), never for a missing page or a refusal.
 */
export function ErrorAlert({
  error,
  messages,
  onRetry,
}: {
  error: unknown;
  messages?: ErrorMessageOverrides;
  onRetry?: () => void;
}) {
  const intl = useIntl();
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(intl, error, messages)}</Text>
        {onRetry && isRetryable(error) && (
          <Button size="xs" variant="default" onClick={onRetry}>
            <FormattedMessage id="common.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
