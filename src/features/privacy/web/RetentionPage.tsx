import { Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { FlaggedPeopleList } from './FlaggedPeopleList.tsx';
import { RetentionSetting } from './RetentionSetting.tsx';
import { useRetentionOverview } from './useRetention.ts';

/** "Gallring", for admins: the retention time, and the contacts it flags for erasure. */
export function RetentionPage() {
  const intl = useIntl();
  const overview = useRetentionOverview();
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'retention.title' })}</PageTitle>
      <Text maw="44rem">
        <FormattedMessage id="retention.intro" />
      </Text>
      {overview.isPending ? (
        <PageLoader />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <Card withBorder>
            <RetentionSetting months={overview.data.retentionMonths} />
          </Card>
          <Card withBorder component="section" aria-labelledby="flagged-heading">
            <Title order={2} size="h4" id="flagged-heading" mb="xs">
              {overview.data.retentionMonths === 0 ? (
                <FormattedMessage id="retention.off" />
              ) : (
                <FormattedMessage
                  id="retention.count"
                  values={{ count: overview.data.flaggedCount }}
                />
              )}
            </Title>
            {overview.data.retentionMonths > 0 && <FlaggedPeopleList />}
          </Card>
        </>
      )}
    </Stack>
  );
}
