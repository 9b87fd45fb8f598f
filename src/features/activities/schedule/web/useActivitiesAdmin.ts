import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { registerRoutes } from '../../../people/register/people.contract.ts';
import { activityRoutes, type ActivityListQuery } from '../activities.contract.ts';
import { activityTypeRoutes } from '../activity-types.contract.ts';
import { activitiesQueryKey, activityDetailKey } from './useActivities.ts';

// The organizer's queries and mutations of the schedule; those of campaigns and sign-ups are in
// campaigns/web/useCampaigns.ts and signups/web/useSignupsAdmin.ts. Every key starts with
// 'activities' (or 'campaigns', 'activity-types'), so a change refreshes what the activist pages
// show too.

export const activityTypesQueryKey = ['activity-types'] as const;

/** The same key as the activist's page uses, so both share one copy. */
export function activityQueryKey(id: string) {
  return [...activityDetailKey, id] as const;
}

/** The calendar's activities in a range; the previous range stays on screen while the next loads. */
export function useActivityList(query: z.input<typeof ActivityListQuery>) {
  return useQuery({
    queryKey: [...activitiesQueryKey, 'list', query],
    queryFn: ({ signal }) => callApi(activityRoutes.listActivities, { query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useActivityTypes() {
  return useQuery({
    queryKey: activityTypesQueryKey,
    queryFn: () => callApi(activityTypeRoutes.listActivityTypes),
    staleTime: 5 * 60_000,
  });
}

/** People matching a search, for picking a contact person or booking someone. */
export function usePersonSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['people', 'list', 'pick', q],
    queryFn: ({ signal }) =>
      callApi(registerRoutes.listPeople, { query: { q, limit: 8 } }, { signal }),
    enabled: q.length >= 2,
  });
}

/** Refreshes one activity (its shifts, sign-ups, report) and every list it shows in. */
export function useRefreshActivity() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
}

export function useCancelActivity(activityId: string) {
  const refresh = useRefreshActivity();
  return useMutation({
    mutationFn: (body: { reason: string; scope: 'one' | 'following' }) =>
      callApi(activityRoutes.cancelActivity, { params: { id: activityId }, body }),
    onSuccess: refresh,
  });
}
