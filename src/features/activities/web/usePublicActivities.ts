import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { organizationRoutes } from '../../organizations/organizations.contract.ts';
import { publicActivityRoutes } from '../public/public-activities.contract.ts';
import { signupRoutes, type GuestSignupInput } from '../signups/signups.contract.ts';

// What anyone may read without logging in: the kalendarium, one public activity, and the guest
// sign-up with its e-mailed confirmation link.

/** An association's public calendar, or one local group's, a page at a time. */
export function usePublicActivities(slug: string, localGroupId?: string) {
  const query = useInfiniteQuery({
    queryKey: ['public-activities', slug, localGroupId ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      callApi(
        publicActivityRoutes.listPublicActivities,
        { params: { slug }, query: { localGroupId, cursor: pageParam } },
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return {
    ...query,
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    /** The "show more" button's state, when there is more. */
    more: query.hasNextPage
      ? { load: () => void query.fetchNextPage(), loading: query.isFetchingNextPage }
      : undefined,
  };
}

export function usePublicActivity(slug: string, id: string) {
  return useQuery({
    queryKey: ['public-activity', slug, id],
    queryFn: () => callApi(publicActivityRoutes.getPublicActivity, { params: { slug, id } }),
  });
}

/** The association's public page data (name, local groups); the same query its page uses. */
export function usePublicOrganization(slug: string) {
  return useQuery({
    queryKey: ['public-organization', slug],
    queryFn: () => callApi(organizationRoutes.publicOrganization, { params: { slug } }),
  });
}

export function useGuestSignUp(activityId: string) {
  return useMutation({
    mutationFn: (body: z.output<typeof GuestSignupInput>) =>
      callApi(signupRoutes.guestSignUp, { params: { id: activityId }, body }),
  });
}

/** What the e-mailed link is for; the token is the only credential, so it is POSTed. */
export function useGuestSignupLookup(token: string | null) {
  return useQuery({
    queryKey: ['guest-signup', token],
    queryFn: () => callApi(signupRoutes.lookupGuestSignup, { body: { token: token ?? '' } }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
}

export function useConfirmGuestSignup() {
  return useMutation({
    mutationFn: (token: string) => callApi(signupRoutes.confirmGuestSignup, { body: { token } }),
  });
}
