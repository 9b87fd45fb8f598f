import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { organizationRoutes } from '../../../organizations/organizations.contract.ts';
import { publicActivityRoutes } from '../public-activities.contract.ts';

// What anyone may read without logging in: the kalendarium and one public activity. The guest
// sign-up with its e-mailed confirmation link is in guests/web/useGuestSignup.ts.

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
