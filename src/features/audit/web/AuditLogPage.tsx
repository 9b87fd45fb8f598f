import { Card, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { AuditEntryList } from './AuditEntryList.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import { ReadersSummary } from './ReadersSummary.tsx';
import {
  auditPageSize,
  noFilter,
  useAuditLog,
  useReaders,
  type AuditFilter,
} from './useAuditLog.ts';

/** "Granskningslogg", for admins: who read how much people's data, and every entry of the log. */
export function AuditLogPage() {
  const intl = useIntl();
  const [filter, setFilter] = useState<AuditFilter>(noFilter);
  const [offset, setOffset] = useState(0);
  const log = useAuditLog(filter, offset);
  const readers = useReaders();

  // The accounts to filter by: every one the summary or the entries have named.
  const accounts = useMemo(() => {
    const names = new Map<string, string>();
    const actors = [
      ...(readers.data?.items ?? []).map((reader) => reader.actor),
      ...(log.data?.items ?? []).map((entry) => entry.actor),
    ];
    for (const actor of actors) {
      if (actor) names.set(actor.accountId, `${actor.firstName} ${actor.lastName}`);
    }
    return [...names].map(([value, label]) => ({ value, label }));
  }, [readers.data, log.data]);

  function changeFilter(next: AuditFilter) {
    setFilter(next);
    setOffset(0);
  }
  const pickAccount = (accountId: string) => {
    changeFilter({ ...filter, accountId });
    document.getElementById('audit-entries-heading')?.scrollIntoView({ behavior: 'smooth' });
  };

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'auditLog.title' })}</PageTitle>
      <Text maw="44rem">
        <FormattedMessage id="auditLog.intro" />
      </Text>
      <Card withBorder component="section" aria-labelledby="audit-readers-heading">
        <Title order={2} size="h4" id="audit-readers-heading" mb={4}>
          <FormattedMessage id="auditLog.readers.title" />
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          <FormattedMessage id="auditLog.readers.hint" />
        </Text>
        <ReadersSummary onPick={pickAccount} />
      </Card>
      <Card withBorder component="section" aria-labelledby="audit-entries-heading">
        <Title order={2} size="h4" id="audit-entries-heading" mb="sm">
          <FormattedMessage id="auditLog.entries.title" />
        </Title>
        <Stack gap="md">
          <AuditFilters filter={filter} accounts={accounts} onChange={changeFilter} />
          {log.isPending ? (
            <PageLoader />
          ) : log.isError ? (
            <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
          ) : (
            <AuditEntryList
              entries={log.data.items}
              total={log.data.total}
              offset={offset}
              pageSize={auditPageSize}
              isFetching={log.isFetching}
              onOffset={setOffset}
              onPick={pickAccount}
            />
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
