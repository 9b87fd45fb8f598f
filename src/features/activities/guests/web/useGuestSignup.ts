import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { guestRoutes, type GuestSignupInput } from '../guests.contract.ts';

// A guest's sign-up without logging in, and its e-mailed confirmation link.

export function useGuestSignUp(activityId: string) {
  return useMutation({
    mutationFn: (body: z.output<typeof GuestSignupInput>) =>
      callApi(guestRoutes.guestSignUp, { params: { id: activityId }, body }),
  });
}

/** What the e-mailed link is for; the token is the only credential, so it is POSTed. */
export function useGuestSignupLookup(token: string | null) {
  return useQuery({
    queryKey: ['guest-signup', token],
    queryFn: () => callApi(guestRoutes.lookupGuestSignup, { body: { token: token ?? '' } }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
}

export function useConfirmGuestSignup() {
  return useMutation({
    mutationFn: (token: string) => callApi(guestRoutes.confirmGuestSignup, { body: { token } }),
  });
}
