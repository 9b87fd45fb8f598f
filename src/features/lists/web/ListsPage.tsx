import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { ownerText } from './list-meta.ts';
import { useLists, type List } from './useLists.ts';

/** "Listor": the saved lists I may open, mine and those shared with organizers. */
export function ListsPage() {
  const intl = useIntl();
  const lists = useLists();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PageTitle>{intl.formatMessage({ id: 'lists.title' })}</PageTitle>
        <Button component={Link} to="/lists/new">
          <FormattedMessage id="lists.new" />
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="lists.intro" />
      </Text>
      {lists.isPending ? (
        <PageLoader />
      ) : lists.isError ? (
        <ErrorAlert error={lists.error} onRetry={() => void lists.refetch()} />
      ) : lists.data.items.length === 0 ? (
        <Card withBorder>
          <Text>
            <FormattedMessage id="lists.empty" />
          </Text>
        </Card>
      ) : (
        <Stack component="ul" gap="sm" className="plain-list">
          {lists.data.items.map((list) => (
            <li key={list.id}>
              <ListCard list={list} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ListCard({ list }: { list: List }) {
  const intl = useIntl();
  const owner = ownerText(intl, list);
  return (
    <Card withBorder padding="md">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          {/* A long name wraps inside the card instead of running out of it on a phone. */}
          <Anchor
            component={Link}
            to={`/lists/${list.id}`}
            fw={700}
            size="lg"
            miw={0}
            className="wrap-anywhere"
          >
            {list.name}
          </Anchor>
          <Badge variant="light" tt="none" color={list.isShared ? 'party' : 'gray'}>
            <FormattedMessage id={list.isShared ? 'lists.shared' : 'lists.private'} />
          </Badge>
        </Group>
        {list.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {list.description}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {owner}
        </Text>
      </Stack>
    </Card>
  );
}
