import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { registerRoutes } from '../../people/register/people.contract.ts';
import { activityRoutes, type ActivityListQuery } from '../schedule/activities.contract.ts';
import { campaignRoutes } from '../campaigns/campaigns.contract.ts';
import { activityTypeRoutes } from '../schedule/activity-types.contract.ts';
import { signupRoutes, type ReportInput } from '../signups/signups.contract.ts';

// The organizer's queries and mutations. Every key starts with 'activities' (or 'campaigns',
// 'activity-types'), so a change refreshes what the activist pages show too.

export const activitiesQueryKey = ['activities'] as const;
export const campaignsQueryKey = ['campaigns'] as const;
export const activityTypesQueryKey = ['activity-types'] as const;

/** The same key as the activist's page uses, so both share one copy. */
export function activityQueryKey(id: string) {
  return [...activitiesQueryKey, 'detail', id] as const;
}

/** The calendar's activities in a range; the previous range stays on screen while the next loads. */
export function useActivityList(query: z.input<typeof ActivityListQuery>) {
  return useQuery({
    queryKey: [...activitiesQueryKey, 'list', query],
    queryFn: ({ signal }) => callApi(activityRoutes.listActivities, { query }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityQueryKey(id),
    queryFn: () => callApi(activityRoutes.getActivity, { params: { id } }),
  });
}

/** Who signed up, for those allowed to see it. */
export function useSignups(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...activityQueryKey(id), 'signups'],
    queryFn: () => callApi(signupRoutes.listSignups, { params: { id } }),
    enabled,
  });
}

export function useReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...activityQueryKey(id), 'report'],
    queryFn: () => callApi(signupRoutes.getReport, { params: { id } }),
    enabled,
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: campaignsQueryKey,
    queryFn: () => callApi(campaignRoutes.listCampaigns),
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
function useRefreshActivity() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
}

export function useBookPerson() {
  const refresh = useRefreshActivity();
  return useMutation({
    mutationFn: ({ shiftId, personId }: { shiftId: string; personId: string }) =>
      callApi(signupRoutes.bookPerson, { params: { id: shiftId }, body: { personId } }),
    onSuccess: refresh,
  });
}

export function useMoveSignup() {
  const refresh = useRefreshActivity();
  return useMutation({
    mutationFn: ({ signupId, shiftId }: { signupId: string; shiftId: string }) =>
      callApi(signupRoutes.moveSignup, { params: { id: signupId }, body: { shiftId } }),
    onSuccess: refresh,
  });
}

export function useRemoveSignup() {
  const refresh = useRefreshActivity();
  return useMutation({
    mutationFn: (signupId: string) =>
      callApi(signupRoutes.removeSignup, { params: { id: signupId } }),
    onSuccess: refresh,
  });
}

export function useMarkAttendance(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ signupId, attended }: { signupId: string; attended: boolean | null }) =>
      callApi(signupRoutes.markAttendance, { params: { id: signupId }, body: { attended } }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...activityQueryKey(activityId), 'signups'] }),
  });
}

export function useSaveReport(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ReportInput>) =>
      callApi(signupRoutes.saveReport, { params: { id: activityId }, body }),
    onSuccess: (report) =>
      queryClient.setQueryData([...activityQueryKey(activityId), 'report'], { report }),
  });
}

export function useCancelActivity(activityId: string) {
  const refresh = useRefreshActivity();
  return useMutation({
    mutationFn: (body: { reason: string; scope: 'one' | 'following' }) =>
      callApi(activityRoutes.cancelActivity, { params: { id: activityId }, body }),
    onSuccess: refresh,
  });
}
