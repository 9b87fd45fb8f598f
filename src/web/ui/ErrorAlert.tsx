import { Alert, Button, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { describeError, type ErrorMessageOverrides } from './error-messages.ts';

/** A translated error with an optional retry button; announced to screen readers. */
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
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            <FormattedMessage id="common.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
