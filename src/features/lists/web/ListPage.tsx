import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useSelection, type Selection } from '../../../platform/web/ui/useSelection.ts';
import type { Sort } from '../lists.contract.ts';
import {
  columnsToSave,
  optionalColumns,
  shownColumns,
  toggledSort,
  type OptionalColumn,
} from './list-columns.ts';
import { ownerText } from './list-meta.ts';
import { BulkTagBar } from '../../../platform/web/ui/BulkTagBar.tsx';
import { useTagPeople, useTags } from '../../tags/web/useTags.ts';
import { ListExportButton, ListExportResult } from './ListExport.tsx';
import { ListPager } from './ListPager.tsx';
import { ListPeopleCards } from './ListPeopleCards.tsx';
import { ListPeopleTable } from './ListPeopleTable.tsx';
import { ListViewControls } from './ListViewControls.tsx';
import {
  listPageSize,
  useList,
  useListExport,
  useListPeople,
  useUpdateList,
  type List,
} from './useLists.ts';

// Mantine's `md`: below it, beside the sidebar, a table of several columns would not fit.
const wideEnoughForTable = '(min-width: 62em)';

/** /lists/:id: the people a saved list matches now, in its columns and sort. */
export function ListPage() {
  const { id = '' } = useParams();
  const list = useList(id);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return <SavedListView key={list.data.id} list={list.data} />;
}

function SavedListView({ list }: { list: List }) {
  const intl = useIntl();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const people = useListPeople(list.id, list.sort, page);
  const update = useUpdateList(list.id);
  const selection = useSelection();
  const exporting = useListExport(list.id);
  const isWide = useMediaQuery(wideEnoughForTable, undefined, { getInitialValueInEffect: false });
  // Shown at once; the people are fetched again in the new order once the list is saved.
  const [columns, setColumns] = useState(() => shownColumns(list.columns));
  const [sort, setSort] = useState<Sort>(list.sort);

  function changeColumns(chosen: OptionalColumn[]) {
    setColumns(optionalColumns.filter((column) => chosen.includes(column)));
    update.mutate({ columns: columnsToSave(chosen) });
  }
  function changeSort(next: Sort) {
    setSort(next);
    update.mutate({ sort: next });
    setSearchParams({});
  }

  const total = people.data?.total ?? 0;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PageTitle>{list.name}</PageTitle>
        <Group gap="sm">
          <ListExportButton exporting={exporting} />
          <Button component={Link} to={`/lists/${list.id}/edit`}>
            <FormattedMessage id="lists.edit" />
          </Button>
        </Group>
      </Group>
      <Stack gap={4}>
        {list.description && <Text style={{ whiteSpace: 'pre-line' }}>{list.description}</Text>}
        <Text size="sm" c="dimmed">
          {ownerText(intl, list)} ·{' '}
          <FormattedMessage id={list.isShared ? 'lists.shared' : 'lists.private'} />
        </Text>
      </Stack>
      <ListExportResult exporting={exporting} />
      <ListViewControls
        columns={columns}
        sort={sort}
        onColumns={changeColumns}
        onSort={changeSort}
      />
      {update.isError && <ErrorAlert error={update.error} />}
      {selection.ids.length > 0 && <TagSelected selection={selection} />}
      <Card withBorder component="section" aria-label={intl.formatMessage({ id: 'lists.people' })}>
        {people.isPending ? (
          <PageLoader />
        ) : people.isError ? (
          <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
        ) : total === 0 ? (
          <Text>
            <FormattedMessage id="lists.noMatches" />
          </Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status">
              <FormattedMessage
                id="lists.showing"
                values={{
                  from: (page - 1) * listPageSize + 1,
                  to: Math.min(page * listPageSize, total),
                  total,
                }}
              />
            </Text>
            {isWide ? (
              <ListPeopleTable
                people={people.data.items}
                columns={columns}
                sort={sort}
                onSort={(field) => changeSort(toggledSort(sort, field))}
                selection={selection}
              />
            ) : (
              <ListPeopleCards people={people.data.items} columns={columns} selection={selection} />
            )}
            <ListPager
              page={page}
              pages={Math.max(1, Math.ceil(total / listPageSize))}
              onPage={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})}
            />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

/** The bulk tag bar, with the tags feature's data (fetched once something is selected). */
function TagSelected({ selection }: { selection: Selection }) {
  return <BulkTagBar selection={selection} tags={useTags()} tagPeople={useTagPeople()} />;
}
