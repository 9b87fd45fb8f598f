import { Anchor, Checkbox, Group, Stack, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Selection } from './useSelection.ts';

// The selectable people of the register and of a saved list: a "select all on this page" box,
// and each person as a table row (laptop) or a stacked item (phone) with its own box and a link.

interface Named {
  id: string;
  firstName: string;
  lastName: string;
}

/** Selects or clears everyone on the page; shows "some" when only some are selected. */
export function SelectPageCheckbox({
  ids,
  selection,
  isLabelShown = false,
}: {
  ids: string[];
  selection: Selection;
  /** The label as text (phone) rather than for screen readers only (a table header). */
  isLabelShown?: boolean;
}) {
  const intl = useIntl();
  const selectedHere = ids.filter((id) => selection.has(id)).length;
  const label = intl.formatMessage({ id: 'people.selectPage' });
  return (
    <Checkbox
      {...(isLabelShown ? { label } : { 'aria-label': label })}
      checked={selectedHere > 0 && selectedHere === ids.length}
      indeterminate={selectedHere > 0 && selectedHere < ids.length}
      onChange={() => selection.toggleAll(ids)}
    />
  );
}

function PersonCheckbox({
  person,
  selection,
  mt,
}: {
  person: Named;
  selection: Selection;
  mt?: number;
}) {
  const intl = useIntl();
  const name = `${person.firstName} ${person.lastName}`;
  return (
    <Checkbox
      mt={mt}
      aria-label={intl.formatMessage({ id: 'people.select' }, { name })}
      checked={selection.has(person.id)}
      onChange={() => selection.toggle(person.id)}
    />
  );
}

function PersonLink({ person }: { person: Named }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
      {person.firstName} {person.lastName}
    </Anchor>
  );
}

/** A table row: the box, the name (with `note` under it), then `children` as further cells. */
export function SelectablePersonRow({
  person,
  selection,
  note,
  children,
}: {
  person: Named;
  selection: Selection;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Table.Tr bg={selection.has(person.id) ? 'var(--mantine-color-gray-1)' : undefined}>
      <Table.Td>
        <PersonCheckbox person={person} selection={selection} />
      </Table.Td>
      <Table.Td>
        <PersonLink person={person} />
        {note}
      </Table.Td>
      {children}
    </Table.Tr>
  );
}

/** A phone's list item: the box beside the name, with `children` stacked under the name. */
export function SelectablePersonItem({
  person,
  selection,
  children,
}: {
  person: Named;
  selection: Selection;
  children: ReactNode;
}) {
  return (
    <li data-selected={selection.has(person.id) || undefined}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <PersonCheckbox person={person} selection={selection} mt={4} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <PersonLink person={person} />
          {children}
        </Stack>
      </Group>
    </li>
  );
}
