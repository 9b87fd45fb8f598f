import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { AgendaItem } from '../meeting-plan.contract.ts';

/** One agenda item as members read it: its kind, who prepares it, its documents. */
export function AgendaItemSummary({ item }: { item: AgendaItem }) {
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>
          {item.position}. {item.title}
        </Text>
        <Badge variant="light" color="gray" tt="none">
          <FormattedMessage id={`meetings.itemKind.${item.kind}`} />
        </Badge>
      </Group>
      {item.description && (
        <Text size="sm" className="pre-line">
          {item.description}
        </Text>
      )}
      {item.preparer && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="meetings.agenda.preparedBy" values={{ name: item.preparer.name }} />
        </Text>
      )}
      {item.documents.length > 0 && (
        <Group gap="sm">
          {item.documents.map((doc) => (
            <Anchor key={doc.url} href={doc.url} target="_blank" rel="noreferrer" size="sm">
              {doc.title}
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

export function AgendaList({ items }: { items: AgendaItem[] }) {
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        <FormattedMessage id="meetings.agenda.empty" />
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ol" className="plain-list">
      {items.map((item) => (
        <li key={item.id}>
          <AgendaItemSummary item={item} />
        </li>
      ))}
    </Stack>
  );
}
