import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { BulkTagBar } from '../../../platform/web/ui/BulkTagBar.tsx';
import { useTagPeople, useTags } from '../../tags/web/useTags.ts';
import { ExportButton, ExportResult } from '../export/web/ExportButton.tsx';
import { PeopleFilters } from '../register/web/PeopleFilters.tsx';
import { PeopleList } from '../register/web/PeopleList.tsx';
import { PeopleTable } from '../register/web/PeopleTable.tsx';
import { pageSize, usePeople } from '../register/web/usePeople.ts';
import { usePeopleFilter } from '../register/web/usePeopleFilter.ts';
import { usePeopleExport } from '../export/web/usePeopleExport.ts';
import { useSelection, type Selection } from '../../../platform/web/ui/useSelection.ts';

// Mantine's `md`: below it, beside the sidebar, six columns would not fit.
const wideEnoughForTable = '(min-width: 62em)';

/** "Medlemmar och kontakter": the register, searchable, filterable and taggable in bulk. */
export function PeoplePage() {
  const intl = useIntl();
  const { filter, update } = usePeopleFilter();
  const people = usePeople(filter);
  const selection = useSelection();
  const isOrganizer = hasRole(useCurrentSession(), 'organizer');
  const exporting = usePeopleExport(filter);
  // A message id handed over by the page we came from (after erasing someone, say).
  const notice = (useLocation().state ?? null) as { notice?: string; name?: string } | null;
  const isWide = useMediaQuery(wideEnoughForTable, undefined, { getInitialValueInEffect: false });

  const total = people.data?.total ?? 0;
  const from = (filter.page - 1) * pageSize + 1;
  const to = Math.min(filter.page * pageSize, total);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PageTitle>{intl.formatMessage({ id: 'people.title' })}</PageTitle>
        <Group gap="sm">
          {isOrganizer && (
            <>
              <ExportButton exporting={exporting} />
              <Button component={Link} to="/people/import" variant="default">
                <FormattedMessage id="people.import" />
              </Button>
            </>
          )}
          <Button component={Link} to="/people/new">
            <FormattedMessage id="people.new" />
          </Button>
        </Group>
      </Group>
      <ExportResult exporting={exporting} />
      {notice?.notice && (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage id={notice.notice} values={{ name: notice.name ?? '' }} />
        </Alert>
      )}
      <PeopleFilters filter={filter} onChange={update} />
      {selection.ids.length > 0 && <TagSelected selection={selection} />}
      <Card withBorder component="section" aria-label={intl.formatMessage({ id: 'people.title' })}>
        {people.isPending ? (
          <PageLoader />
        ) : people.isError ? (
          <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
        ) : total === 0 ? (
          <Text>
            <FormattedMessage id={filter.q ? 'people.noMatches' : 'people.empty'} />
          </Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status">
              <FormattedMessage id="people.showing" values={{ from, to, total }} />
            </Text>
            {isWide ? (
              <PeopleTable people={people.data.items} selection={selection} />
            ) : (
              <PeopleList people={people.data.items} selection={selection} />
            )}
            {lastPage > 1 && (
              <Group gap="sm" justify="center">
                <Button
                  variant="default"
                  disabled={filter.page <= 1}
                  onClick={() => update({ page: filter.page - 1 })}
                >
                  <FormattedMessage id="people.previousPage" />
                </Button>
                <Text size="sm">
                  <FormattedMessage
                    id="people.pageOf"
                    values={{ page: filter.page, pages: lastPage }}
                  />
                </Text>
                <Button
                  variant="default"
                  disabled={filter.page >= lastPage}
                  onClick={() => update({ page: filter.page + 1 })}
                >
                  <FormattedMessage id="people.nextPage" />
                </Button>
              </Group>
            )}
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
