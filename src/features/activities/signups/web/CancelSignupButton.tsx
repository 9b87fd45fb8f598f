import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/**
 * "Avanmäl", asking first: a place given up on a full shift goes to the waiting list and may not
 * come back, so one stray tap must not cost it.
 */
export function CancelSignupButton({
  onConfirm,
  isPending,
  disabled,
  isConfirmed,
  size,
  describedBy,
}: {
  onConfirm: () => void;
  isPending: boolean;
  disabled?: boolean;
  /** A confirmed place (not a place on the waiting list). */
  isConfirmed: boolean;
  size?: 'xs' | 'sm';
  describedBy?: string;
}) {
  const intl = useIntl();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button
        size={size}
        variant="default"
        onClick={() => setIsOpen(true)}
        loading={isPending}
        disabled={disabled}
        aria-describedby={describedBy}
      >
        <FormattedMessage id="signup.cancel" />
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
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
            <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
              <FormattedMessage id="signup.cancelConfirm.keep" />
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                setIsOpen(false);
                onConfirm();
              }}
            >
              <FormattedMessage id="signup.cancelConfirm.submit" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
