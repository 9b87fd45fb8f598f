import { Button, Divider, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { type Session } from '../../shared/session.contract.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { mainNavItems, organizerNavItems, type NavItem } from './navigation.ts';
import { NavIcon } from './NavIcon.tsx';
import { useShell } from './shell.tsx';
import { useLogout } from './useLogout.ts';

function isActive(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

function SideNavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const intl = useIntl();
  const active = isActive(pathname, item.to);
  return (
    <MantineNavLink
      component={Link}
      to={item.to}
      label={intl.formatMessage({ id: item.label })}
      leftSection={item.icon ? <NavIcon icon={item.icon} size={20} /> : undefined}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}

/** The laptop's navigation (inside the layout's labelled <nav>): everyone's pages, then the organizer and admin pages by role. */
export function SideNav({ session }: { session: Session }) {
  const { pathname } = useLocation();
  const logout = useLogout();
  const { navigation } = useShell();
  const organizerItems = organizerNavItems(navigation, session);
  return (
    <Stack justify="space-between" h="100%" p="sm">
      <div>
        {mainNavItems(navigation).map((item) => (
          <SideNavLink key={item.to} item={item} pathname={pathname} />
        ))}
        {organizerItems.length > 0 && (
          <>
            <Divider my="sm" />
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4} id="organize-heading">
              <FormattedMessage id="nav.organize" />
            </Text>
            <div role="group" aria-labelledby="organize-heading">
              {organizerItems.map((item) => (
                <SideNavLink key={item.to} item={item} pathname={pathname} />
              ))}
            </div>
          </>
        )}
      </div>
      <Stack gap="sm">
        {logout.isError && <ErrorAlert error={logout.error} />}
        <LanguageSwitch />
        <Button variant="default" onClick={() => logout.mutate(false)} loading={logout.isPending}>
          <FormattedMessage id="nav.logout" />
        </Button>
      </Stack>
    </Stack>
  );
}
