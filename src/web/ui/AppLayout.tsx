import { Box, Group, Text } from '@mantine/core';
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
  // Plain elements and CSS (app.css, .app-*) rather than Mantine's AppShell, whose scroll-lock
  // dependencies cost an activist's phone several KB it never uses.
  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
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
      </header>
      {/* Hidden with display: none on a phone, so it is out of the tab order too. */}
      <Box
        component="nav"
        visibleFrom="sm"
        className="app-navbar"
        aria-label={intl.formatMessage({ id: 'nav.main' })}
      >
        <SideNav session={session} />
      </Box>
      <main id="main-content" tabIndex={-1} className="app-main">
        <div className="page">
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </div>
      </main>
      <Box component="footer" hiddenFrom="sm" className="app-footer">
        <BottomNav />
      </Box>
    </div>
  );
}
