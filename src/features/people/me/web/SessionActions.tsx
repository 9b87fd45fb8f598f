import { Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { useLogout } from '../../../../platform/web/ui/useLogout.ts';

/** Log out here, or everywhere (a lost phone, a shared computer). */
export function SessionActions() {
  const logout = useLogout();
  return (
    <Card withBorder component="section" aria-labelledby="session-heading">
      <Title order={2} size="h4" id="session-heading" mb="xs">
        <FormattedMessage id="me.session.title" />
      </Title>
      <Text size="sm" mb="sm">
        <FormattedMessage id="me.session.everywhereHint" />
      </Text>
      {logout.isError && <ErrorAlert error={logout.error} />}
      <Group gap="sm">
        <Button
          variant="filled"
          onClick={() => logout.mutate(false)}
          loading={logout.isPending && logout.variables === false}
          disabled={logout.isPending}
        >
          <FormattedMessage id="nav.logout" />
        </Button>
        <Button
          variant="default"
          onClick={() => logout.mutate(true)}
          loading={logout.isPending && logout.variables === true}
          disabled={logout.isPending}
        >
          <FormattedMessage id="me.session.logoutEverywhere" />
        </Button>
      </Group>
      <Anchor component={Link} to="/me/two-factor" size="sm" mt="md" display="inline-block">
        <FormattedMessage id="me.session.twoFactor" />
      </Anchor>
    </Card>
  );
}
