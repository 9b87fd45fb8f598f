import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { activityQueryKey, useRefreshActivity } from '../../schedule/web/useActivitiesAdmin.ts';
import { signupRoutes, type ReportInput } from '../signups.contract.ts';

// The organizer's queries and mutations of sign-ups, attendance and reports, kept under the
// activity's own key (schedule/web/useActivitiesAdmin.ts).

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
