import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** Previous and next page, and where we are; nothing when everything fits on one page. */
export function ListPager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <Group gap="sm" justify="center">
      <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <FormattedMessage id="lists.previousPage" />
      </Button>
      <Text size="sm">
        <FormattedMessage id="lists.pageOf" values={{ page, pages }} />
      </Text>
      <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        <FormattedMessage id="lists.nextPage" />
      </Button>
    </Group>
  );
}
