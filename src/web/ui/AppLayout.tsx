import { AppShell, Group, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import type { Session } from '../../features/accounts/accounts.contract.ts';
import { BottomNav } from './BottomNav.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import { PageLoader } from './PageLoader.tsx';
import { SideNav } from './SideNav.tsx';
import { SkipLink } from './SkipLink.tsx';
import { hasRole } from './useSession.ts';

// Only coordinators and up search the register: kept out of an activist's download.
const QuickSearch = lazy(async () => ({
  default: (await import('../../features/people/web/QuickSearch.tsx')).QuickSearch,
}));

/**
 * The logged-in shell. Phone (< 768px, Mantine's `sm`): compact header and a bottom bar.
 * Laptop: a sidebar with the organizer and admin links this session may use.
 */
export function AppLayout({ session }: { session: Session }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const canSearch = hasRole(session, 'coordinator');
  return (
    <AppShell
      header={{ height: { base: 52, sm: 60 } }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: true } }}
      footer={{ height: { base: 64, sm: 0 } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header px={{ base: 'sm', sm: 'lg' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Link to="/me" className="brand">
            <FormattedMessage id="app.name" />
          </Link>
          {canSearch && (
            <Suspense fallback={null}>
              <QuickSearch />
            </Suspense>
          )}
          <Text size="sm" c="dimmed" truncate="end" visibleFrom={canSearch ? 'md' : undefined}>
            {session.organization.name}
          </Text>
        </Group>
      </AppShell.Header>
      {/* visibleFrom: the collapsed navbar is only moved off-screen, so hide it from tab order too */}
      <AppShell.Navbar visibleFrom="sm" aria-label={intl.formatMessage({ id: 'nav.main' })}>
        <SideNav session={session} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <div className="page">
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </div>
      </AppShell.Main>
      <AppShell.Footer hiddenFrom="sm">
        <BottomNav />
      </AppShell.Footer>
    </AppShell>
  );
}
