import { Alert, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ApiError } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { ErrorMessageOverrides } from '../../../platform/web/ui/error-messages.ts';
import { meetingConflicts, type MeetingConflict } from '../meeting-route.contract.ts';

/** The reason the server named for refusing a change to the meeting (`errors[0].code`), if any. */
export function meetingConflictOf(error: unknown): MeetingConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const [first] = error.fieldErrors;
  return first?.path === 'meeting' && first.code in meetingConflicts
    ? (first.code as MeetingConflict)
    : null;
}

/** An error as the app shows it, with the meeting's own refusals said in plain words. */
export function MeetingErrorAlert({
  error,
  messages,
  onRetry,
}: {
  error: unknown;
  messages?: ErrorMessageOverrides;
  onRetry?: () => void;
}) {
  const conflict = meetingConflictOf(error);
  if (!conflict) return <ErrorAlert error={error} messages={messages} onRetry={onRetry} />;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">
        <FormattedMessage id={`meetings.conflict.${conflict}`} />
      </Text>
    </Alert>
  );
}
