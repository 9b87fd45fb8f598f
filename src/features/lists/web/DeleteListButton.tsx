import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useDeleteList, type List } from './useLists.ts';

/** "Ta bort listan" for its owner: asks first, says the people stay, then goes to all lists. */
export function DeleteListButton({ list }: { list: List }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const remove = useDeleteList(list.id);
  return (
    <>
      <Button variant="subtle" c="red.9" onClick={() => setIsOpen(true)}>
        <FormattedMessage id="lists.delete" />
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        title={intl.formatMessage({ id: 'lists.delete.title' }, { name: list.name })}
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage
              id={list.isShared ? 'lists.delete.textShared' : 'lists.delete.text'}
            />
          </Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button
              color="red.9"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate('/lists') })}
            >
              <FormattedMessage id="lists.delete" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
