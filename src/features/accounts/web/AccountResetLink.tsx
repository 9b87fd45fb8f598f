import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { CopyableLink } from '../../../platform/web/ui/CopyableLink.tsx';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { accountRoutes } from '../accounts.contract.ts';
import type { AccountRow } from './AccountRoleSelect.tsx';

/**
 * "Skapa länk för nytt lösenord": an admin helps someone who cannot log in and gets no e-mail.
 * Asked about first (whoever holds the link can log in as them); the link is shown once, in
 * the dialog, and gone when it closes. The server logs it and tells the person.
 */
export function AccountResetLink({ account }: { account: AccountRow }) {
  const intl = useIntl();
  const [isOpen, setIsOpen] = useState(false);
  const create = useMutation({
    mutationFn: () => callApi(accountRoutes.createResetLink, { params: { id: account.id } }),
  });
  const name = `${account.firstName} ${account.lastName}`;

  function close() {
    setIsOpen(false);
  }

  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          create.reset();
          setIsOpen(true);
        }}
        aria-label={intl.formatMessage({ id: 'accounts.resetLink.openFor' }, { name })}
      >
        <FormattedMessage id="accounts.resetLink.open" />
      </Button>
      <Modal
        opened={isOpen}
        onClose={close}
        // The link is not kept once the dialog has gone.
        onExitTransitionEnd={() => create.reset()}
        title={intl.formatMessage({ id: 'accounts.resetLink.title' }, { name })}
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        {create.isSuccess ? (
          <Stack gap="md">
            <Alert color="yellow" variant="light" role="status">
              <Stack gap="xs">
                <Text size="sm">
                  <FormattedMessage
                    id="accounts.resetLink.created"
                    values={{
                      name,
                      expiresAt: intl.formatDate(create.data.expiresAt, {
                        dateStyle: 'long',
                        timeStyle: 'short',
                      }),
                    }}
                  />
                </Text>
                <CopyableLink
                  link={create.data.link}
                  label={intl.formatMessage({ id: 'accounts.resetLink.label' }, { name })}
                />
              </Stack>
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close} data-autofocus>
                <FormattedMessage id="common.close" />
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Text size="sm">
              <FormattedMessage id="accounts.resetLink.text" values={{ name }} />
            </Text>
            {create.isError && <ErrorAlert error={create.error} />}
            <Group gap="sm" justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                <FormattedMessage id="common.cancel" />
              </Button>
              <Button loading={create.isPending} onClick={() => create.mutate()}>
                <FormattedMessage id="accounts.resetLink.submit" />
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
