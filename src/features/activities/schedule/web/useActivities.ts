import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { activityRoutes } from '../activities.contract.ts';

// The activist's side of activities: the feed and one activity. "My activities" and signing up
// and cancelling are in signups/web (useMyActivities.ts, useShiftSignup.ts); public queries in
// public/web/usePublicActivities.ts, guest sign-ups in guests/web/useGuestSignup.ts.

/** Every activities query; a sign-up changes counts wherever a shift is shown. */
export const activitiesQueryKey = ['activities'] as const;
export const activityDetailKey = [...activitiesQueryKey, 'detail'] as const;
export const activityFeedKey = [...activitiesQueryKey, 'feed'] as const;

export function useActivity(id: string) {
  return useQuery({
    queryKey: [...activityDetailKey, id],
    queryFn: () => callApi(activityRoutes.getActivity, { params: { id } }),
  });
}

/** Upcoming activities (the server's default range: the next 90 days), optionally of one group. */
export function useActivityFeed(localGroupId: string | null) {
  return useQuery({
    queryKey: [...activityFeedKey, localGroupId],
    queryFn: ({ signal }) =>
      callApi(
        activityRoutes.listActivities,
        { query: { localGroupId: localGroupId ?? undefined } },
        { signal },
      ),
    // Organizers see drafts and scheduled ones in the same list; the feed shows what is out.
    select: (data) => data.items.filter((activity) => activity.isPublished),
  });
}
