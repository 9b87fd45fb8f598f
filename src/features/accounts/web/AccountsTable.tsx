import { Badge, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { EmailText } from '../../../platform/web/ui/EmailText.tsx';
import { AccountResetLink } from './AccountResetLink.tsx';
import { AccountRoleSelect, accountsQueryKey, type AccountRow } from './AccountRoleSelect.tsx';
import { TwoFactorBadge } from '../two-factor/web/TwoFactorBadge.tsx';
import { LastLogin } from './LastLogin.tsx';

/** Every account with its role, as a table on a laptop; admins change roles here. */
export function AccountsTable({ accounts, selfId }: { accounts: AccountRow[]; selfId: string }) {
  return (
    <Table.ScrollContainer minWidth={760}>
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
            <Table.Th scope="col">
              <FormattedMessage id="twoFactor.column" />
            </Table.Th>
            <Table.Th scope="col">
              <FormattedMessage id="accounts.password" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id} style={{ verticalAlign: 'top' }}>
              <Table.Th scope="row" fw={500}>
                {account.firstName} {account.lastName}{' '}
                {account.id === selfId && (
                  <Badge size="xs" variant="light" color="gray">
                    <FormattedMessage id="accounts.you" />
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm">
                  <EmailText email={account.email} />
                </Text>
              </Table.Td>
              <Table.Td miw={200}>
                <AccountRoleSelect account={account} isSelf={account.id === selfId} />
              </Table.Td>
              <Table.Td>
                <LastLogin at={account.lastLoginAt} />
              </Table.Td>
              <Table.Td>
                <TwoFactorBadge
                  account={account}
                  isSelf={account.id === selfId}
                  queryKey={accountsQueryKey}
                />
              </Table.Td>
              <Table.Td>
                {/* One's own password goes through "Glömt lösenordet?". */}
                {account.id !== selfId && <AccountResetLink account={account} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
