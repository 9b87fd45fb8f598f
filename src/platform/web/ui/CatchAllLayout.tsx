import { AppLayout } from './AppLayout.tsx';
import { PageLoader } from './PageLoader.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { useSession } from './useSession.ts';

/**
 * The layout of an unknown address: the logged-in shell when there is a session, so the
 * navigation stays in reach; the public one otherwise (or when the session cannot be read).
 */
export function CatchAllLayout() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.data) return <AppLayout session={session.data} />;
  return <PublicLayout />;
}
