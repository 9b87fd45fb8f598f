import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { AgendaItem } from '../meeting-plan.contract.ts';
import type { Election } from '../meeting-records.contract.ts';

/** One agenda item as members read it: its kind, who prepares it, its documents. */
/** "Ada Berg, Kim Lind (ersättare)". */
export function electedNames(intl: IntlShape, election: Election): string {
  return election.elected
    .map((e) =>
      e.isDeputy ? intl.formatMessage({ id: 'meetings.agenda.deputy' }, { name: e.name }) : e.name,
    )
    .join(', ');
}

export function AgendaItemSummary({ item }: { item: AgendaItem }) {
  const intl = useIntl();
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
      {item.decisions.map((decision) => (
        <Text key={decision.id} size="sm">
          <FormattedMessage
            id="meetings.agenda.decided"
            values={{
              text: decision.text,
              outcome: intl.formatMessage({ id: `meetings.outcome.${decision.outcome}` }),
            }}
          />
        </Text>
      ))}
      {item.elections.map((election) => (
        <Text key={election.id} size="sm">
          <FormattedMessage
            id="meetings.agenda.elected"
            values={{ office: election.office, names: electedNames(intl, election) }}
          />
        </Text>
      ))}
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
