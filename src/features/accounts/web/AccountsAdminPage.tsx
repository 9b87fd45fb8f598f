import { Card, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { accountRoutes } from '../accounts.contract.ts';
import { AccountCards } from './AccountCards.tsx';
import { accountsQueryKey } from './AccountRoleSelect.tsx';
import { AccountsTable } from './AccountsTable.tsx';
import { InviteForm } from './InviteForm.tsx';
import { TwoFactorRuleCard } from '../two-factor/web/TwoFactorRuleCard.tsx';

// Mantine's `md`: below it, beside the sidebar, four columns would not fit.
const wideEnoughForTable = '(min-width: 62em)';

function AccountsSection({ selfId }: { selfId: string }) {
  const accounts = useQuery({
    queryKey: accountsQueryKey,
    queryFn: () => callApi(accountRoutes.listAccounts),
  });
  const isWide = useMediaQuery(wideEnoughForTable, undefined, { getInitialValueInEffect: false });
  return (
    <Card withBorder component="section" aria-labelledby="accounts-heading">
      <Title order={2} size="h3" id="accounts-heading" mb="sm">
        <FormattedMessage id="accounts.title" />
      </Title>
      {accounts.isPending ? (
        <PageLoader />
      ) : accounts.isError ? (
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : isWide ? (
        <AccountsTable accounts={accounts.data.items} selfId={selfId} />
      ) : (
        <AccountCards accounts={accounts.data.items} selfId={selfId} />
      )}
    </Card>
  );
}

/** Organizers invite people; admins also see every account and change roles. */
export function AccountsAdminPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'accounts.pageTitle' })}</PageTitle>
      <Text>
        <FormattedMessage id="accounts.intro" />
      </Text>
      <InviteForm />
      {hasRole(session, 'admin') && <AccountsSection selfId={session.user.id} />}
      {hasRole(session, 'admin') && <TwoFactorRuleCard />}
    </Stack>
  );
}
