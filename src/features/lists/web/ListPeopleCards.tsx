import { Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Selection } from '../../../platform/web/ui/useSelection.ts';
import {
  SelectablePersonItem,
  SelectPageCheckbox,
} from '../../../platform/web/ui/SelectablePeople.tsx';
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
  return (
    <Stack gap="xs">
      <SelectPageCheckbox
        ids={people.map((person) => person.id)}
        selection={selection}
        isLabelShown
      />
      <ul className="people-list">
        {people.map((person) => (
          <SelectablePersonItem key={person.id} person={person} selection={selection}>
            {columns.map((column) => (
              <Text key={column} size="sm" component="div">
                <Text span size="sm" c="dimmed">
                  <FormattedMessage id={columnLabels[column]} />:{' '}
                </Text>
                <ColumnValue person={person} column={column} />
              </Text>
            ))}
          </SelectablePersonItem>
        ))}
      </ul>
    </Stack>
  );
}
