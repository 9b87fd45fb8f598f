import { Badge, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { EmailText } from '../../../platform/web/ui/EmailText.tsx';
import { AccountResetLink } from './AccountResetLink.tsx';
import { AccountRoleSelect, accountsQueryKey, type AccountRow } from './AccountRoleSelect.tsx';
import { TwoFactorBadge } from '../two-factor/web/TwoFactorBadge.tsx';
import { LastLogin } from './LastLogin.tsx';

/** Every account as a stacked card: on a phone a table would scroll sideways. */
export function AccountCards({ accounts, selfId }: { accounts: AccountRow[]; selfId: string }) {
  return (
    <ul className="plain-list account-list">
      {accounts.map((account) => (
        <li key={account.id}>
          <Stack gap={6}>
            <div>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} className="wrap-anywhere">
                  {account.firstName} {account.lastName}
                </Text>
                {account.id === selfId && (
                  <Badge size="xs" variant="light" color="gray">
                    <FormattedMessage id="accounts.you" />
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                <EmailText email={account.email} />
              </Text>
              <Text size="xs" c="dimmed">
                <FormattedMessage id="accounts.lastLogin" />
                {': '}
                <LastLogin at={account.lastLoginAt} />
              </Text>
              <Group gap="xs" mt={4}>
                <Text size="xs" c="dimmed">
                  <FormattedMessage id="twoFactor.column" />:
                </Text>
                <TwoFactorBadge
                  account={account}
                  isSelf={account.id === selfId}
                  queryKey={accountsQueryKey}
                />
              </Group>
            </div>
            <AccountRoleSelect account={account} isSelf={account.id === selfId} withLabel />
            {account.id !== selfId && (
              <div>
                <AccountResetLink account={account} />
              </div>
            )}
          </Stack>
        </li>
      ))}
    </ul>
  );
}
