import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { organizerNavItems, splitForBottomBar } from './navigation.ts';
import { NavIcon } from './NavIcon.tsx';
import { PageTitle } from './PageTitle.tsx';
import { useShell } from './shell.tsx';
import { useLogout } from './useLogout.ts';
import { useCurrentSession } from './useSession.ts';

/** "Mer" on the phone: what the laptop's sidebar holds beyond the bottom bar. */
export function MorePage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const logout = useLogout();
  const { navigation } = useShell();
  const organizerItems = organizerNavItems(navigation, session);
  // Main links the bottom bar has no room for.
  const { overflow } = splitForBottomBar(navigation);
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'more.title' })}</PageTitle>
      <Text>
        <FormattedMessage
          id="more.loggedInAs"
          values={{
            name: `${session.user.firstName} ${session.user.lastName}`,
            organization: session.organization.name,
          }}
        />
      </Text>
      {overflow.length > 0 && (
        <Stack gap="sm" component="nav" aria-label={intl.formatMessage({ id: 'more.mainLinks' })}>
          {overflow.map((item) => (
            <Anchor key={item.to} component={Link} to={item.to} size="lg">
              <Group gap="xs" wrap="nowrap">
                {item.icon && <NavIcon icon={item.icon} size={20} />}
                <FormattedMessage id={item.label} />
              </Group>
            </Anchor>
          ))}
        </Stack>
      )}
      {organizerItems.length > 0 && (
        <Card withBorder component="section" aria-labelledby="more-organize">
          <Title order={2} size="h4" id="more-organize" mb="xs">
            <FormattedMessage id="nav.organize" />
          </Title>
          <Stack gap="xs">
            {organizerItems.map((item) => (
              <Anchor key={item.to} component={Link} to={item.to}>
                <FormattedMessage id={item.label} />
              </Anchor>
            ))}
          </Stack>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="more-language">
        <Title order={2} size="h4" id="more-language" mb="xs">
          <FormattedMessage id="nav.language" />
        </Title>
        <LanguageSwitch size="sm" />
      </Card>
      <Stack gap="xs" align="flex-start">
        {/* Served by the server, not the app: a whole page load. */}
        <Anchor href={`/o/${session.organization.slug}`}>
          <FormattedMessage id="more.publicPage" />
        </Anchor>
      </Stack>
      {logout.isError && <ErrorAlert error={logout.error} />}
      <Button variant="default" onClick={() => logout.mutate(false)} loading={logout.isPending}>
        <FormattedMessage id="nav.logout" />
      </Button>
    </Stack>
  );
}
