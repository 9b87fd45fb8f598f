import { Badge, NativeSelect, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { roles, type Role } from '../../../shared/atoms.ts';
import { callApi } from '../../../web/api.ts';
import { describeError } from '../../../web/ui/error-messages.ts';
import { accountRoutes, type Account } from '../accounts.contract.ts';

type AccountRow = z.output<typeof Account>;

function RoleSelect({ account, isSelf }: { account: AccountRow; isSelf: boolean }) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (role: Role) =>
      callApi(accountRoutes.updateAccount, { params: { id: account.id }, body: { role } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
  const name = `${account.firstName} ${account.lastName}`;
  return (
    <NativeSelect
      size="xs"
      aria-label={intl.formatMessage({ id: 'accounts.roleFor' }, { name })}
      value={update.isPending ? update.variables : account.role}
      onChange={(event) => update.mutate(event.currentTarget.value as Role)}
      data={roles.map((role) => ({
        value: role,
        label: intl.formatMessage({ id: `role.${role}` }),
      }))}
      // Demoting oneself could leave the association without an admin.
      disabled={isSelf || update.isPending}
      description={isSelf ? intl.formatMessage({ id: 'accounts.selfRole' }) : undefined}
      error={update.isError ? describeError(intl, update.error) : undefined}
    />
  );
}

/** Every account of the association with its role; admins change roles here. */
export function AccountsTable({ accounts, selfId }: { accounts: AccountRow[]; selfId: string }) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="accounts.name" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="form.email" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="form.role" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="accounts.lastLogin" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Th scope="row" fw={500}>
                {account.firstName} {account.lastName}{' '}
                {account.id === selfId && (
                  <Badge size="xs" variant="light" color="gray">
                    <FormattedMessage id="accounts.you" />
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {account.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoleSelect account={account} isSelf={account.id === selfId} />
              </Table.Td>
              <Table.Td>
                {account.lastLoginAt
                  ? intl.formatDate(account.lastLoginAt, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })
                  : intl.formatMessage({ id: 'accounts.neverLoggedIn' })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
