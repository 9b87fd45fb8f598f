import { Group } from '@mantine/core';
import { Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import { PageLoader } from './PageLoader.tsx';
import { SkipLink } from './SkipLink.tsx';

/** Pages for people who are not logged in: login, password reset, invitation, public pages. */
export function PublicLayout() {
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink />
      <header className="public-header">
        <Group justify="space-between" wrap="nowrap" className="public-header-inner">
          <Link to="/" className="brand">
            <FormattedMessage id="app.name" />
          </Link>
          <LanguageSwitch />
        </Group>
      </header>
      <main id="main-content" tabIndex={-1} className="public-main">
        <PageErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </>
  );
}
