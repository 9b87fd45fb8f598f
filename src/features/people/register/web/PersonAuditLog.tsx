import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { auditRoutes, type AuditEntry } from '../../../audit/audit.contract.ts';
import { PersonPatch } from '../people.contract.ts';

type Entry = z.output<typeof AuditEntry>;

/** Field names the audit log records (those of a person change); each has a label `person.field.<name>`. */
const knownFields = new Set(Object.keys(PersonPatch.shape));

/** "Visade uppgifterna", "Ändrade: ort, telefon" … in the reader's language. */
export function describeAuditEntry(intl: IntlShape, entry: Entry): string {
  const id = `audit.action.${entry.action}`;
  // An action newer than this page: say what the server calls it.
  if (!(id in intl.messages)) return entry.action;
  const fields = Array.isArray(entry.details.fields) ? entry.details.fields.map(String) : [];
  const names = fields.map((field) =>
    knownFields.has(field)
      ? intl.formatMessage({ id: `person.field.${field}` }).toLowerCase()
      : field,
  );
  return intl.formatMessage({ id }, { fields: names.join(', ') });
}

/** "Granskningslogg": who viewed or changed this person's data, for admins. */
export function PersonAuditLog({ personId }: { personId: string }) {
  const intl = useIntl();
  const log = useQuery({
    queryKey: ['audit-log', personId],
    queryFn: () => callApi(auditRoutes.listAuditLog, { query: { personId, limit: 20 } }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="audit-heading">
      <Title order={2} size="h4" id="audit-heading" mb="xs">
        <FormattedMessage id="audit.title" />
      </Title>
      {log.isPending ? (
        <PageLoader />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="audit.empty" />
        </Text>
      ) : (
        <Stack gap={4} component="ul" className="plain-list">
          {log.data.items.map((entry) => (
            <Text component="li" size="sm" key={entry.id}>
              <Text span fw={600}>
                {entry.actor
                  ? `${entry.actor.firstName} ${entry.actor.lastName}`
                  : intl.formatMessage({ id: 'audit.removedAccount' })}
              </Text>
              {' · '}
              {describeAuditEntry(intl, entry)}
              {' · '}
              <Text span c="dimmed" size="sm">
                <time dateTime={entry.createdAt}>
                  {intl.formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </Text>
            </Text>
          ))}
        </Stack>
      )}
      {log.data && log.data.total > log.data.items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          <FormattedMessage
            id="audit.more"
            values={{ shown: log.data.items.length, total: log.data.total }}
          />
        </Text>
      )}
    </Card>
  );
}
