import { Anchor, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle.tsx';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <Stack gap="md">
      <PageTitle>{intl.formatMessage({ id: 'notFound.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="notFound.text" />
      </Text>
      <Anchor component={Link} to="/">
        <FormattedMessage id="notFound.home" />
      </Anchor>
    </Stack>
  );
}
