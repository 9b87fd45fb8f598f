import { useIntl } from 'react-intl';
import { formatMeasure, measures, type DistrictRow } from './district-measures.ts';
import { SortableTable, type Column } from './SortableTable.tsx';

/** The map's table: every district with its measures, sortable, highest priority first. */
export function DistrictTable({
  rows,
  party,
  selected,
  onToggle,
  onOpen,
}: {
  rows: readonly DistrictRow[];
  party: string;
  selected?: ReadonlySet<string>;
  onToggle?: (code: string) => void;
  onOpen?: (code: string) => void;
}) {
  const intl = useIntl();
  const columns: Column<DistrictRow>[] = [
    {
      key: 'name',
      label: intl.formatMessage({ id: 'areas.table.district' }),
      sortValue: (row) => row.name,
    },
    ...measures.map((measure) => ({
      key: measure,
      label: intl.formatMessage({ id: `areas.measure.${measure}` }, { party }),
      sortValue: (row: DistrictRow) => row[measure],
      render: (row: DistrictRow) => formatMeasure(measure, row[measure], intl.locale),
      numeric: true,
    })),
  ];
  return (
    <SortableTable
      caption={intl.formatMessage({ id: 'areas.table.caption' })}
      rows={rows}
      columns={columns}
      initialSort={{ key: 'priority', direction: 'descending' }}
      selected={selected}
      onToggle={onToggle}
      onOpen={onOpen}
    />
  );
}
