import { useIntl } from 'react-intl';
import type { Coverage, CoverageReport } from '../areas.contract.ts';
import { SourceLine } from './MapLegend.tsx';
import { SortableTable, type Column } from './SortableTable.tsx';

type Row = Coverage & { code: string; name: string };

/** The coverage's columns: the place, activities, each type, people reached, days since last. */
function coverageColumns(
  types: CoverageReport['activityTypes'],
  t: (id: string) => string,
  place: string,
): Column<Row>[] {
  const count = (value: number) => value;
  return [
    { key: 'name', label: place, sortValue: (row) => row.name },
    {
      key: 'activities',
      label: t('areas.coverage.activities'),
      sortValue: (row) => count(row.activities),
      numeric: true,
    },
    ...types.map((type) => ({
      key: `type-${type.id}`,
      label: type.name,
      sortValue: (row: Row) => row.byType[type.id] ?? 0,
      numeric: true,
    })),
    {
      key: 'reached',
      label: t('areas.coverage.reached'),
      sortValue: (row) => row.reached.conversations,
      numeric: true,
    },
    {
      key: 'doors',
      label: t('areas.coverage.doors'),
      sortValue: (row) => row.reached.doorsKnocked,
      numeric: true,
    },
    {
      key: 'days',
      label: t('areas.coverage.daysSinceLast'),
      sortValue: (row) => row.daysSinceLast,
      numeric: true,
    },
  ];
}

/** Coverage per district, priority area and local group: three sortable tables. */
export function CoverageTables({ report }: { report: CoverageReport }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const tables: Array<{ caption: string; place: string; rows: Row[] }> = [
    {
      caption: t('areas.coverage.byPriorityArea'),
      place: t('areas.coverage.priorityArea'),
      rows: report.priorityAreas.map((row) => ({ ...row, code: row.id })),
    },
    {
      caption: t('areas.coverage.byGroup'),
      place: t('areas.coverage.group'),
      rows: report.localGroups.map((row) => ({ ...row, code: row.id })),
    },
    {
      caption: t('areas.coverage.byDistrict'),
      place: t('areas.table.district'),
      rows: report.districts,
    },
  ];
  return tables.map((table) => (
    <div key={table.caption}>
      <SortableTable
        caption={table.caption}
        rows={table.rows}
        columns={coverageColumns(report.activityTypes, t, table.place)}
        initialSort={{ key: 'days', direction: 'descending' }}
      />
      <SourceLine />
    </div>
  ));
}
