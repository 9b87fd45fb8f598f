import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { auditActions, type AuditAction } from '../audit.contract.ts';
import { actionLabel } from './audit-labels.ts';
import { noFilter, type AuditFilter } from './useAuditLog.ts';

/** Account, action and period; the accounts are those the page has named. */
export function AuditFilters({
  filter,
  accounts,
  onChange,
}: {
  filter: AuditFilter;
  accounts: { value: string; label: string }[];
  onChange: (filter: AuditFilter) => void;
}) {
  const intl = useIntl();
  const isFiltered = JSON.stringify(filter) !== JSON.stringify(noFilter);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Select
        label={intl.formatMessage({ id: 'auditLog.filter.account' })}
        placeholder={intl.formatMessage({ id: 'auditLog.filter.anyAccount' })}
        data={accounts}
        value={filter.accountId}
        onChange={(accountId) => onChange({ ...filter, accountId })}
        clearable
        searchable
      />
      <Select
        label={intl.formatMessage({ id: 'auditLog.filter.action' })}
        placeholder={intl.formatMessage({ id: 'auditLog.filter.anyAction' })}
        data={auditActions.map((action) => ({
          value: action,
          label: actionLabel(intl, action),
        }))}
        value={filter.action}
        onChange={(action) => onChange({ ...filter, action: action as AuditAction | null })}
        clearable
      />
      <TextInput
        type="date"
        label={intl.formatMessage({ id: 'auditLog.filter.from' })}
        value={filter.fromDay}
        max={filter.toDay || undefined}
        onChange={(event) => onChange({ ...filter, fromDay: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={intl.formatMessage({ id: 'auditLog.filter.to' })}
        value={filter.toDay}
        min={filter.fromDay || undefined}
        onChange={(event) => onChange({ ...filter, toDay: event.currentTarget.value })}
      />
      {isFiltered && (
        <Button
          variant="subtle"
          onClick={() => onChange(noFilter)}
          style={{ justifySelf: 'start' }}
        >
          <FormattedMessage id="auditLog.filter.clear" />
        </Button>
      )}
    </SimpleGrid>
  );
}
