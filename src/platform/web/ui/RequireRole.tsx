import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Role } from '../../shared/atoms.ts';
import { ApiError } from '../api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { PageTitle } from './PageTitle.tsx';
import { hasRole, useCurrentSession } from './useSession.ts';

const forbidden = new ApiError(403, 'forbidden', null);

/** Renders its children only for sessions with at least `role`; the server checks again. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const intl = useIntl();
  const session = useCurrentSession();
  if (hasRole(session, role)) return children;
  return (
    <Stack gap="md">
      <PageTitle>{intl.formatMessage({ id: 'error.forbidden.title' })}</PageTitle>
      <ErrorAlert error={forbidden} />
    </Stack>
  );
}
