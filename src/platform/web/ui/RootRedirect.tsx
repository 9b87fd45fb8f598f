import { Navigate } from 'react-router';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PageLoader } from './PageLoader.tsx';
import { useSession } from './useSession.ts';

/** `/`: Min sida when logged in, else the login page. */
export function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) {
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  }
  return <Navigate to={session.data ? '/me' : '/login'} replace />;
}
