import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { AuditEntry } from '../audit.contract.ts';
import { describeEntry, describeQuery } from './audit-labels.ts';

type Entry = z.output<typeof AuditEntry>;

function EntryItem({ entry, onPick }: { entry: Entry; onPick: (accountId: string) => void }) {
  const intl = useIntl();
  const actor = entry.actor;
  const name = actor
    ? `${actor.firstName} ${actor.lastName}`
    : intl.formatMessage({ id: 'audit.removedAccount' });
  const extra = describeQuery(intl, entry);
  return (
    <Box component="li" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        {actor ? (
          <Anchor
            component="button"
            type="button"
            fw={600}
            onClick={() => onPick(actor.accountId)}
            aria-label={intl.formatMessage({ id: 'auditLog.readers.show' }, { name })}
          >
            {name}
          </Anchor>
        ) : (
          <Text fw={600}>{name}</Text>
        )}
        <Text size="sm" c="dimmed">
          <time dateTime={entry.createdAt}>
            {intl.formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </Text>
      </Group>
      <Text size="sm">
        {describeEntry(intl, entry)}
        {extra.length > 0 && <Text span c="dimmed" size="sm">{` (${extra.join(', ')})`}</Text>}
        {entry.people !== null && (
          <>
            {' · '}
            <Text span fw={600} size="sm">
              <FormattedMessage id="auditLog.people" values={{ count: entry.people }} />
            </Text>
          </>
        )}
        {entry.personId && (
          <>
            {' · '}
            <Anchor component={Link} to={`/people/${entry.personId}`} size="sm">
              <FormattedMessage id="auditLog.openPerson" />
            </Anchor>
          </>
        )}
      </Text>
    </Box>
  );
}

/** Entries newest first, with "Nyare" and "Äldre" when there are more than a page. */
export function AuditEntryList({
  entries,
  total,
  offset,
  pageSize,
  isFetching,
  onOffset,
  onPick,
}: {
  entries: Entry[];
  total: number;
  offset: number;
  pageSize: number;
  isFetching: boolean;
  onOffset: (offset: number) => void;
  onPick: (accountId: string) => void;
}) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="auditLog.empty" />
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" aria-live="polite">
        <FormattedMessage
          id="auditLog.range"
          values={{ from: offset + 1, to: offset + entries.length, total }}
        />
      </Text>
      <Stack gap={0} component="ul" className="plain-list">
        {entries.map((entry) => (
          <EntryItem key={entry.id} entry={entry} onPick={onPick} />
        ))}
      </Stack>
      {total > pageSize && (
        <Group gap="sm">
          <Button
            variant="default"
            disabled={offset === 0 || isFetching}
            onClick={() => onOffset(Math.max(0, offset - pageSize))}
          >
            <FormattedMessage id="common.newer" />
          </Button>
          <Button
            variant="default"
            disabled={offset + pageSize >= total || isFetching}
            onClick={() => onOffset(offset + pageSize)}
          >
            <FormattedMessage id="common.older" />
          </Button>
        </Group>
      )}
    </Stack>
  );
}
