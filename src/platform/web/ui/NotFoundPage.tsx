import { Anchor, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle.tsx';

/**
 * "Sidan finns inte": an h1, why, and a way on. Pages whose item is missing (a deleted local
 * group) pass their own words and a link to where the item used to be listed.
 */
export function NotFoundPage({
  title = 'notFound.title',
  text = 'notFound.text',
  linkTo = '/',
  linkLabel = 'notFound.home',
}: {
  /** Message ids. */
  title?: string;
  text?: string;
  linkLabel?: string;
  linkTo?: string;
}) {
  const intl = useIntl();
  return (
    <Stack gap="md" align="flex-start">
      <PageTitle>{intl.formatMessage({ id: title })}</PageTitle>
      <Text>
        <FormattedMessage id={text} />
      </Text>
      <Anchor component={Link} to={linkTo}>
        <FormattedMessage id={linkLabel} />
      </Anchor>
    </Stack>
  );
}
