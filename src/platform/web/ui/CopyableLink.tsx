import { Button, Group, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';

/**
 * A link shown once for someone to pass on (an invitation, a link for a new password), ready
 * to copy. The field is selectable too, where the clipboard is not available (plain http).
 */
export function CopyableLink({
  link,
  label,
  ariaLabel,
}: {
  link: string;
  label: string;
  /** When the visible label does not say whose link it is. */
  ariaLabel?: string;
}) {
  const clipboard = useClipboard({ timeout: 3000 });
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" w="100%">
      <TextInput
        readOnly
        value={link}
        size="xs"
        label={label}
        aria-label={ariaLabel}
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
          <FormattedMessage id={clipboard.copied ? 'common.copied' : 'common.copy'} />
        </Button>
      )}
    </Group>
  );
}
