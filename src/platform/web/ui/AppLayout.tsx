import { Box, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { type Session } from '../../shared/session.contract.ts';
import { BottomNav } from './BottomNav.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import { PageLoader } from './PageLoader.tsx';
import { SideNav } from './SideNav.tsx';
import { SkipLink } from './SkipLink.tsx';
import { useShell } from './shell.tsx';
import { hasRole } from './useSession.ts';

/**
 * The logged-in shell. Phone (< 768px, Mantine's `sm`): compact header and a bottom bar.
 * Laptop: a sidebar with the organizer and admin links this session may use.
 */
export function AppLayout({ session }: { session: Session }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const tools = useShell().headerTools.filter((tool) => hasRole(session, tool.role));
  const hasTools = tools.length > 0;
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
          {tools.map(({ name, component: Tool }) => (
            <Suspense key={name} fallback={null}>
              <Tool />
            </Suspense>
          ))}
          <Text size="sm" c="dimmed" truncate="end" visibleFrom={hasTools ? 'md' : undefined}>
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
