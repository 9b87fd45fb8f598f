import { Button, Group, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';

// Invitation and password reset messages carry one personal link, `…#token=…`.
const personalLink = /https?:\/\/\S+#token=[\w-]+/;

/** The personal link of a message, if it has one. */
export function findPersonalLink(text: string): string | null {
  return personalLink.exec(text)?.[0] ?? null;
}

/**
 * The link of an invitation or reset message, ready to copy: without SMTP the admin passes it
 * on by hand. The field is selectable too, where the clipboard is not available (plain http).
 */
export function OutboxLink({ link, recipient }: { link: string; recipient: string }) {
  const intl = useIntl();
  const clipboard = useClipboard({ timeout: 3000 });
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" mt="xs">
      <TextInput
        readOnly
        value={link}
        size="xs"
        label={intl.formatMessage({ id: 'outbox.link' })}
        aria-label={intl.formatMessage({ id: 'outbox.linkFor' }, { to: recipient })}
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
      />
      {canCopy && (
        <Button
          size="xs"
          variant={clipboard.copied ? 'light' : 'default'}
          color={clipboard.copied ? 'green' : undefined}
          onClick={() => clipboard.copy(link)}
          aria-live="polite"
        >
          <FormattedMessage id={clipboard.copied ? 'outbox.copied' : 'outbox.copy'} />
        </Button>
      )}
    </Group>
  );
}
