import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Selection } from '../../../platform/web/ui/useSelection.ts';
import {
  SelectablePersonRow,
  SelectPageCheckbox,
} from '../../../platform/web/ui/SelectablePeople.tsx';
import type { Sort } from '../lists.contract.ts';
import { ColumnValue, type Summary } from './ColumnValue.tsx';
import { columnLabels, type OptionalColumn } from './list-columns.ts';

/** Columns whose header sorts the list: the name by last name, the member number. */
const sortableBy: Partial<Record<'name' | OptionalColumn, Sort['field']>> = {
  name: 'lastName',
  memberNumber: 'memberNumber',
};

function SortableHeader({
  column,
  sort,
  onSort,
  children,
}: {
  column: 'name' | OptionalColumn;
  sort: Sort;
  onSort: (field: Sort['field']) => void;
  children: ReactNode;
}) {
  const field = sortableBy[column];
  if (!field) return <Table.Th>{children}</Table.Th>;
  const isSorted = sort.field === field;
  const direction = sort.direction === 'asc' ? 'ascending' : 'descending';
  return (
    <Table.Th aria-sort={isSorted ? direction : undefined}>
      <UnstyledButton onClick={() => onSort(field)} fw={700} fz="sm">
        {children}
        {isSorted && <span aria-hidden>{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
      </UnstyledButton>
    </Table.Th>
  );
}

/** The list on a laptop: the chosen columns, sortable headers, each row selectable. */
export function ListPeopleTable({
  people,
  columns,
  sort,
  onSort,
  selection,
}: {
  people: Summary[];
  columns: OptionalColumn[];
  sort: Sort;
  onSort: (field: Sort['field']) => void;
  selection: Selection;
}) {
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 160 + columns.length * 120)}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <SelectPageCheckbox ids={people.map((person) => person.id)} selection={selection} />
            </Table.Th>
            <SortableHeader column="name" sort={sort} onSort={onSort}>
              <FormattedMessage id="lists.column.name" />
            </SortableHeader>
            {columns.map((column) => (
              <SortableHeader key={column} column={column} sort={sort} onSort={onSort}>
                <FormattedMessage id={columnLabels[column]} />
              </SortableHeader>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <SelectablePersonRow key={person.id} person={person} selection={selection}>
              {columns.map((column) => (
                // An address on one line; the table scrolls sideways before it breaks one.
                <Table.Td
                  key={column}
                  style={column === 'email' ? { whiteSpace: 'nowrap' } : undefined}
                >
                  <ColumnValue person={person} column={column} />
                </Table.Td>
              ))}
            </SelectablePersonRow>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
