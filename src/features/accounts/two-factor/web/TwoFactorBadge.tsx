import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { twoFactorRoutes } from '../two-factor.contract.ts';

/**
 * Whether an account logs in with two factors; an admin can turn it off for someone else who
 * lost their phone, after a warning that the person is told.
 */
export function TwoFactorBadge({
  account,
  isSelf,
  queryKey,
}: {
  account: { id: string; firstName: string; lastName: string; twoFactor: boolean };
  isSelf: boolean;
  queryKey: readonly unknown[];
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const reset = useMutation({
    mutationFn: () => callApi(twoFactorRoutes.resetTwoFactor, { params: { id: account.id } }),
    onSuccess: async () => {
      setIsOpen(false);
      await queryClient.invalidateQueries({ queryKey });
    },
  });
  const name = `${account.firstName} ${account.lastName}`;
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge variant="light" color={account.twoFactor ? 'green' : 'gray'}>
        {intl.formatMessage({ id: account.twoFactor ? 'twoFactor.on' : 'twoFactor.off' })}
      </Badge>
      {account.twoFactor && !isSelf && (
        <>
          <Button
            size="xs"
            variant="subtle"
            aria-label={intl.formatMessage({ id: 'twoFactor.reset.label' }, { name })}
            onClick={() => setIsOpen(true)}
          >
            <FormattedMessage id="twoFactor.reset.button" />
          </Button>
          <Modal
            opened={isOpen}
            onClose={() => setIsOpen(false)}
            title={intl.formatMessage({ id: 'twoFactor.reset.title' }, { name })}
            centered
            styles={{ title: { fontWeight: 700 } }}
            closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
          >
            <Stack gap="md">
              <Text size="sm">
                <FormattedMessage id="twoFactor.reset.text" values={{ name }} />
              </Text>
              {reset.isError && <ErrorAlert error={reset.error} />}
              <Group gap="sm" justify="flex-end">
                <Button variant="default" onClick={() => setIsOpen(false)} data-autofocus>
                  <FormattedMessage id="common.cancel" />
                </Button>
                <Button color="red.9" onClick={() => reset.mutate()} loading={reset.isPending}>
                  <FormattedMessage id="twoFactor.reset.submit" />
                </Button>
              </Group>
            </Stack>
          </Modal>
        </>
      )}
    </Group>
  );
}
