import { Anchor, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { EmailText } from '../../../../platform/web/ui/EmailText.tsx';

/** E-mail and phone as links a phone can write to or call; "–" when there are none. */
export function PersonContact({ email, phone }: { email: string | null; phone: string | null }) {
  if (!email && !phone) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="people.noContact" />
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {email && (
        <Anchor href={`mailto:${email}`} size="sm">
          <EmailText email={email} />
        </Anchor>
      )}
      {phone && (
        <Anchor href={`tel:${phone}`} size="sm">
          {formatPhone(phone)}
        </Anchor>
      )}
    </Stack>
  );
}
