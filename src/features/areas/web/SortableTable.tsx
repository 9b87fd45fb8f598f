import { Checkbox, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

export interface Column<T> {
  key: string;
  label: string;
  /** What the column sorts by; null sorts last either way. */
  sortValue: (row: T) => number | string | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

function compare(a: number | string | null, b: number | string | null, locale: string) {
  if (a === null || b === null) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), locale);
}

/** Sorts rows by a column; rows without a value go last whichever the direction. */
export function sortRows<T>(
  rows: readonly T[],
  column: Column<T>,
  sort: SortState,
  locale: string,
) {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const [a, b] = [column.sortValue(x), column.sortValue(y)];
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compare(a, b, locale);
  });
}

/**
 * A real table whose headers sort it (a button in each, `aria-sort` on the sorted one): the
 * map's equal for keyboard and screen reader users, and for those who would rather read numbers.
 * With `selected`, each row has a checkbox that picks its district.
 */
export function SortableTable<T extends { code: string; name: string }>({
  caption,
  rows,
  columns,
  initialSort,
  selected,
  onToggle,
  onOpen,
}: {
  caption: string;
  rows: readonly T[];
  columns: Column<T>[];
  initialSort: SortState;
  selected?: ReadonlySet<string>;
  onToggle?: (code: string) => void;
  onOpen?: (code: string) => void;
}) {
  const intl = useIntl();
  const [sort, setSort] = useState(initialSort);
  const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
  const sorted = sortRows(rows, column, sort, intl.locale);
  const toggleSort = (key: string, numeric?: boolean) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: numeric ? 'descending' : 'ascending' },
    );

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover captionSide="top">
        <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlock: 4 }}>
          {caption}
        </caption>
        <Table.Thead>
          <Table.Tr>
            {selected ? (
              <Table.Th>
                <VisuallyHidden>{intl.formatMessage({ id: 'areas.table.pick' })}</VisuallyHidden>
              </Table.Th>
            ) : null}
            {columns.map((c) => (
              <Table.Th
                key={c.key}
                aria-sort={c.key === sort.key ? sort.direction : undefined}
                style={{ textAlign: c.numeric ? 'end' : 'start' }}
              >
                <UnstyledButton fw={600} fz="sm" onClick={() => toggleSort(c.key, c.numeric)}>
                  {c.label}
                  <span aria-hidden="true">
                    {c.key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </UnstyledButton>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.code}>
              {selected && onToggle ? (
                <Table.Td>
                  <Checkbox
                    aria-label={intl.formatMessage(
                      { id: 'areas.table.pickOne' },
                      { name: row.name },
                    )}
                    checked={selected.has(row.code)}
                    onChange={() => onToggle(row.code)}
                  />
                </Table.Td>
              ) : null}
              {columns.map((c, index) => (
                <Table.Td key={c.key} style={{ textAlign: c.numeric ? 'end' : 'start' }}>
                  {index === 0 && onOpen ? (
                    <UnstyledButton fz="sm" td="underline" onClick={() => onOpen(row.code)}>
                      {c.render ? c.render(row) : String(c.sortValue(row) ?? '–')}
                    </UnstyledButton>
                  ) : c.render ? (
                    c.render(row)
                  ) : (
                    String(c.sortValue(row) ?? '–')
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
