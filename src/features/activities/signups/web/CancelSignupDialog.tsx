import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

/** "Avanmäla dig från passet?": what giving up the place means, then yes or keep it. */
export function CancelSignupDialog({
  isConfirmed,
  onClose,
  onConfirm,
}: {
  isConfirmed: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const intl = useIntl();
  return (
    <Modal
      opened
      onClose={onClose}
      title={intl.formatMessage({ id: 'signup.cancelConfirm.title' })}
      centered
      styles={{ title: { fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'signup.cancelConfirm.keep' }) }}
    >
      <Stack gap="md">
        <Text size="sm">
          <FormattedMessage
            id={isConfirmed ? 'signup.cancelConfirm.place' : 'signup.cancelConfirm.queue'}
          />
        </Text>
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            <FormattedMessage id="signup.cancelConfirm.keep" />
          </Button>
          <Button color="red.9" onClick={onConfirm}>
            <FormattedMessage id="signup.cancelConfirm.submit" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
