import { Container } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { AppLayout } from './AppLayout.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PageLoader } from './PageLoader.tsx';
import { hasRole, useSession } from './useSession.ts';
import { OrganizerText } from '../i18n/LocaleProvider.tsx';

/** The page where an account sets up two-factor login (the accounts module's). */
export const TWO_FACTOR_SETUP_PATH = '/me/two-factor';

/**
 * Shows the logged-in shell, or sends the visitor to the login page and back afterwards. An
 * account its association requires two-factor login of is led to set it up first.
 */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) {
    return (
      <Container size="xs" py="xl">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (!session.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (session.data.mustSetUpTwoFactor && location.pathname !== TWO_FACTOR_SETUP_PATH) {
    return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  }
  const layout = <AppLayout session={session.data} />;
  // Coordinators and up read the organizer screens: their text comes before the shell shows.
  return hasRole(session.data, 'coordinator') ? (
    <OrganizerText
      fallback={<PageLoader />}
      failed={(error, retry) => (
        <Container size="xs" py="xl">
          <ErrorAlert error={error} onRetry={retry} />
        </Container>
      )}
    >
      {layout}
    </OrganizerText>
  ) : (
    layout
  );
}
