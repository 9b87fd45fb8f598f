import type { ReactNode } from 'react';
import type { Role } from '../../shared/atoms.ts';
import { ApiError } from '../api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { hasRole, useCurrentSession } from './useSession.ts';

const forbidden = new ApiError(403, 'forbidden', null);

/** Renders its children only for sessions with at least `role`; the server checks again. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const session = useCurrentSession();
  if (!hasRole(session, role)) return <ErrorAlert error={forbidden} />;
  return children;
}
