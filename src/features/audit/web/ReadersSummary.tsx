import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { useReaders } from './useAuditLog.ts';

/**
 * "Vem har läst hur mycket": per account, how many times it read people's data in the last 30
 * days and how many people those reads showed, most first. A name picks that account's entries.
 */
export function ReadersSummary({ onPick }: { onPick: (accountId: string) => void }) {
  const intl = useIntl();
  const readers = useReaders();
  if (readers.isPending) return <PageLoader />;
  if (readers.isError) {
    return <ErrorAlert error={readers.error} onRetry={() => void readers.refetch()} />;
  }
  if (readers.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="auditLog.readers.empty" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing="xs" horizontalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <FormattedMessage id="auditLog.readers.account" />
            </Table.Th>
            <Table.Th scope="col" ta="right">
              <FormattedMessage id="auditLog.readers.people" />
            </Table.Th>
            <Table.Th scope="col" ta="right">
              <FormattedMessage id="auditLog.readers.reads" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {readers.data.items.map((reader) => {
            const name = reader.actor
              ? `${reader.actor.firstName} ${reader.actor.lastName}`
              : intl.formatMessage({ id: 'audit.removedAccount' });
            const accountId = reader.actor?.accountId;
            return (
              <Table.Tr key={accountId ?? 'none'}>
                <Table.Th scope="row" fw={500}>
                  {accountId ? (
                    <Anchor
                      component="button"
                      type="button"
                      ta="left"
                      onClick={() => onPick(accountId)}
                      aria-label={intl.formatMessage({ id: 'auditLog.readers.show' }, { name })}
                    >
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                  <Text size="xs" c="dimmed" fw={400}>
                    <FormattedMessage
                      id="auditLog.readers.last"
                      values={{
                        time: (
                          <time dateTime={reader.lastReadAt}>
                            {intl.formatDate(reader.lastReadAt, {
                              day: 'numeric',
                              month: 'short',
                              hour: '2-digit',
                              minute: '2-digit',
                            })}
                          </time>
                        ),
                      }}
                    />
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{intl.formatNumber(reader.people)}</Table.Td>
                <Table.Td ta="right">{intl.formatNumber(reader.reads)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
