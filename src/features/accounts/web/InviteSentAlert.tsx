import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';

/**
 * After inviting: "sent" only when the server really sends e-mail. Without SMTP the
 * invitation waits in the outbox, and the inviter must pass the link on themselves.
 */
export function InviteSentAlert({
  email,
  expiresAt,
  isMailConfigured,
}: {
  email: string;
  expiresAt: string;
  isMailConfigured: boolean;
}) {
  const intl = useIntl();
  const session = useCurrentSession();
  const ref = useRef<HTMLDivElement>(null);
  // The form is long on a phone: bring the outcome into view where the button was pressed.
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'nearest' }), []);
  const values = { email, expiresAt: intl.formatDate(expiresAt, { dateStyle: 'long' }) };
  if (isMailConfigured) {
    return (
      <Alert ref={ref} color="green" variant="light" role="status" className="scroll-target">
        <FormattedMessage id="invite.sent" values={values} />
      </Alert>
    );
  }
  // Only admins open the outbox; an organizer needs one of them to pass the link on.
  const canOpenOutbox = hasRole(session, 'admin');
  return (
    <Alert ref={ref} color="yellow" variant="light" role="status" className="scroll-target">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <FormattedMessage
            id={canOpenOutbox ? 'invite.savedInOutbox' : 'invite.savedAskAdmin'}
            values={values}
          />
        </Text>
        {canOpenOutbox && (
          <Anchor component={Link} to="/admin/outbox" size="sm" fw={600}>
            <FormattedMessage id="invite.openOutbox" />
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
