import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CopyableLink } from '../../../platform/web/ui/CopyableLink.tsx';

/**
 * After inviting: "sent" only when the server really sends e-mail. Without SMTP the inviter is
 * shown the link this once, to pass on themselves (the server keeps only its hash).
 */
export function InviteSentAlert({
  email,
  expiresAt,
  link,
}: {
  email: string;
  expiresAt: string;
  /** Null when the link was e-mailed to the address. */
  link: string | null;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  // The form is long on a phone: bring the outcome into view where the button was pressed.
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'nearest' }), []);
  const values = { email, expiresAt: intl.formatDate(expiresAt, { dateStyle: 'long' }) };
  if (!link) {
    return (
      <Alert ref={ref} color="green" variant="light" role="status" className="scroll-target">
        <FormattedMessage id="invite.sent" values={values} />
      </Alert>
    );
  }
  return (
    <Alert ref={ref} color="yellow" variant="light" role="status" className="scroll-target">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <FormattedMessage id="invite.linkShown" values={values} />
        </Text>
        <CopyableLink
          link={link}
          label={intl.formatMessage({ id: 'invite.link' })}
          ariaLabel={intl.formatMessage({ id: 'invite.linkFor' }, { email })}
        />
      </Stack>
    </Alert>
  );
}
