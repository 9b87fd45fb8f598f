import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from './ErrorAlert.tsx';

/** A "Ta bort" button that asks first, saying what deleting means, then deletes. */
export function ConfirmDelete({
  title,
  text,
  buttonLabel,
  onDelete,
  onDeleted,
}: {
  /** Already translated. */
  title: string;
  text: string;
  buttonLabel: string;
  onDelete: () => Promise<unknown>;
  onDeleted: () => unknown;
}) {
  const intl = useIntl();
  const [isOpen, setIsOpen] = useState(false);
  const remove = useMutation({
    mutationFn: onDelete,
    onSuccess: async () => {
      setIsOpen(false);
      await onDeleted();
    },
  });
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        c="red.9"
        aria-label={buttonLabel}
        onClick={() => setIsOpen(true)}
      >
        <FormattedMessage id="common.delete" />
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        title={title}
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button color="red.9" onClick={() => remove.mutate()} loading={remove.isPending}>
              <FormattedMessage id="common.delete" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
