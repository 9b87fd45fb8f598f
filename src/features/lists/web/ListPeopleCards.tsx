import { Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Selection } from '../../people/web/useSelection.ts';
import { ColumnValue, type Summary } from './ColumnValue.tsx';
import { columnLabels, type OptionalColumn } from './list-columns.ts';

/** The list on a phone: one stacked item per person with the chosen columns, still selectable. */
export function ListPeopleCards({
  people,
  columns,
  selection,
}: {
  people: Summary[];
  columns: OptionalColumn[];
  selection: Selection;
}) {
  const intl = useIntl();
  const ids = people.map((person) => person.id);
  const selectedHere = ids.filter((id) => selection.has(id)).length;
  return (
    <Stack gap="xs">
      <Checkbox
        label={intl.formatMessage({ id: 'lists.selectPage' })}
        checked={selectedHere > 0 && selectedHere === ids.length}
        indeterminate={selectedHere > 0 && selectedHere < ids.length}
        onChange={() => selection.toggleAll(ids)}
      />
      <ul className="people-list">
        {people.map((person) => {
          const name = `${person.firstName} ${person.lastName}`;
          return (
            <li key={person.id} data-selected={selection.has(person.id) || undefined}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Checkbox
                  mt={4}
                  aria-label={intl.formatMessage({ id: 'lists.select' }, { name })}
                  checked={selection.has(person.id)}
                  onChange={() => selection.toggle(person.id)}
                />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                    {name}
                  </Anchor>
                  {columns.map((column) => (
                    <Text key={column} size="sm" component="div">
                      <Text span size="sm" c="dimmed">
                        <FormattedMessage id={columnLabels[column]} />:{' '}
                      </Text>
                      <ColumnValue person={person} column={column} />
                    </Text>
                  ))}
                </Stack>
              </Group>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
