import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { type Role } from '../../../platform/shared/atoms.ts';
import { roleNames } from '../../../platform/shared/db-values.generated.ts';
import { callApi } from '../../../platform/web/api.ts';
import { describeError } from '../../../platform/web/ui/error-messages.ts';
import { accountRoutes, type Account } from '../accounts.contract.ts';

export type AccountRow = z.output<typeof Account>;

export const accountsQueryKey = ['accounts'] as const;

/** Giving or taking away admin rights is asked about first; other changes apply at once. */
function needsConfirmation(from: Role, to: Role): boolean {
  return from !== to && (from === 'admin' || to === 'admin');
}

/**
 * An account's role, changed on the spot. After every change it says what happened, next to
 * the select: saved, or why not.
 */
export function AccountRoleSelect({
  account,
  isSelf,
  withLabel = false,
}: {
  account: AccountRow;
  isSelf: boolean;
  /** Show "Roll" above the select (the cards on a phone have no column heading). */
  withLabel?: boolean;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  // The role waiting for "yes"; kept while the dialog fades out so its words do not flip.
  const [toConfirm, setToConfirm] = useState<Role | null>(null);
  const [isConfirmOpen, setIsConfirmOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const update = useMutation({
    mutationFn: (role: Role) =>
      callApi(accountRoutes.updateAccount, { params: { id: account.id }, body: { role } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData<{ items: AccountRow[] }>(accountsQueryKey, (current) =>
        current
          ? { items: current.items.map((item) => (item.id === updated.id ? updated : item)) }
          : current,
      );
      await queryClient.invalidateQueries({ queryKey: accountsQueryKey });
    },
  });
  const name = `${account.firstName} ${account.lastName}`;
  const roleName = (role: Role) => intl.formatMessage({ id: `role.${role}` });

  function choose(role: Role) {
    // One change at a time; the select stays enabled so keyboard focus is not lost.
    if (update.isPending || role === account.role) return;
    if (needsConfirmation(account.role, role)) {
      setToConfirm(role);
      setIsConfirmOpen(true);
    } else {
      update.mutate(role);
    }
  }

  function confirm() {
    if (toConfirm) update.mutate(toConfirm);
    setIsConfirmOpen(false);
  }

  const shown =
    isConfirmOpen && toConfirm ? toConfirm : update.isPending ? update.variables : account.role;
  return (
    <Stack gap={4}>
      <NativeSelect
        size={withLabel ? 'sm' : 'xs'}
        label={withLabel ? intl.formatMessage({ id: 'form.role' }) : undefined}
        aria-label={intl.formatMessage({ id: 'accounts.roleFor' }, { name })}
        value={shown}
        onChange={(event) => choose(event.currentTarget.value as Role)}
        data={roleNames.map((role) => ({ value: role, label: roleName(role) }))}
        // Demoting oneself could leave the association without an admin.
        disabled={isSelf}
        ref={selectRef}
        description={isSelf ? intl.formatMessage({ id: 'accounts.selfRole' }) : undefined}
        error={update.isError ? describeError(intl, update.error) : undefined}
        errorProps={{ role: 'alert' }}
      />
      {update.isSuccess && (
        <Text size="xs" c="green.9" role="status">
          <FormattedMessage
            id="accounts.roleSaved"
            values={{ name, role: roleName(update.variables) }}
          />
        </Text>
      )}
      <Modal
        opened={isConfirmOpen}
        onClose={() => setIsConfirmOpen(false)}
        title={intl.formatMessage(
          { id: toConfirm === 'admin' ? 'accounts.confirm.makeAdmin' : 'accounts.confirm.unAdmin' },
          { name },
        )}
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
        // Back to the select whichever way the dialog closes, so keyboard users keep their place.
        returnFocus={false}
        onExitTransitionEnd={() => selectRef.current?.focus()}
      >
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage
              id={
                toConfirm === 'admin'
                  ? 'accounts.confirm.makeAdminText'
                  : 'accounts.confirm.unAdminText'
              }
              values={{ name, role: toConfirm ? roleName(toConfirm) : '' }}
            />
          </Text>
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirmOpen(false)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button onClick={confirm}>
              <FormattedMessage
                id="accounts.confirm.submit"
                values={{ role: toConfirm ? roleName(toConfirm) : '' }}
              />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
