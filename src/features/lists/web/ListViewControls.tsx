import { Button, Checkbox, Group, NativeSelect, Popover, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Sort } from '../lists.contract.ts';
import {
  columnLabels,
  optionalColumns,
  parseSort,
  sortLabels,
  type OptionalColumn,
} from './list-columns.ts';

/** Which columns show and the order of the people; each choice is saved with the list. */
export function ListViewControls({
  columns,
  sort,
  onColumns,
  onSort,
}: {
  columns: OptionalColumn[];
  sort: Sort;
  onColumns: (columns: OptionalColumn[]) => void;
  onSort: (sort: Sort) => void;
}) {
  const intl = useIntl();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.sort' })}
        value={`${sort.field}.${sort.direction}`}
        onChange={(event) => onSort(parseSort(event.currentTarget.value))}
        data={Object.entries(sortLabels).map(([value, id]) => ({
          value,
          label: intl.formatMessage({ id }),
        }))}
      />
      <Popover position="bottom-start" shadow="md" trapFocus>
        <Popover.Target>
          <Button variant="default">
            <FormattedMessage id="lists.columns" />
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Checkbox.Group
            label={intl.formatMessage({ id: 'lists.columns.legend' })}
            value={columns}
            onChange={(values) => onColumns(values as OptionalColumn[])}
          >
            <Stack gap="xs" mt="xs">
              {optionalColumns.map((column) => (
                <Checkbox
                  key={column}
                  value={column}
                  label={intl.formatMessage({ id: columnLabels[column] })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
