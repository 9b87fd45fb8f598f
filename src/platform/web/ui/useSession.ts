import { useQuery } from '@tanstack/react-query';
import { sessionRoutes } from '../../shared/session.contract.ts';
import { type Session } from '../../shared/session.contract.ts';
import { type Role } from '../../shared/atoms.ts';
import { roleNames } from '../../shared/db-values.generated.ts';
import { ApiError, callApi } from '../api.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    return await callApi(sessionRoutes.session);
  } catch (error) {
    // 401 is the normal answer when nobody is logged in.
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The current session, or `null` when not logged in. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The session inside routes guarded by RequireSession. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside RequireSession');
  return data;
}

/** `roleNames` is ordered from most to least powerful; an admin may do what an organizer may. */
export function hasRole(session: Session, atLeast: Role): boolean {
  return roleNames.indexOf(session.user.role) <= roleNames.indexOf(atLeast);
}
