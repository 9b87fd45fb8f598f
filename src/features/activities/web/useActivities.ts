import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { activityRoutes, type ShiftSummary } from '../schedule/activities.contract.ts';
import { signupRoutes, type MyActivities } from '../signups/signups.contract.ts';

// The activist's side of activities: the feed, one activity, "my activities", and signing up
// and cancelling. Public and guest queries are in usePublicActivities.ts.

type Shift = z.output<typeof ShiftSummary>;

/** Every activities query; a sign-up changes counts wherever a shift is shown. */
export const activitiesQueryKey = ['activities'] as const;
const detailKey = [...activitiesQueryKey, 'detail'] as const;
const feedKey = [...activitiesQueryKey, 'feed'] as const;
export const myActivitiesQueryKey = [...activitiesQueryKey, 'mine'] as const;

export function useActivity(id: string) {
  return useQuery({
    queryKey: [...detailKey, id],
    queryFn: () => callApi(activityRoutes.getActivity, { params: { id } }),
  });
}

/** Upcoming activities (the server's default range: the next 90 days), optionally of one group. */
export function useActivityFeed(localGroupId: string | null) {
  return useQuery({
    queryKey: [...feedKey, localGroupId],
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

/** My upcoming sign-ups and the upcoming activities of my local group and the association. */
export function useMyActivities() {
  return useQuery({
    queryKey: myActivitiesQueryKey,
    queryFn: () => callApi(signupRoutes.myActivities),
  });
}

type MyActivitiesData = z.output<typeof MyActivities>;

/** Applies `change` to the shift wherever a cached activity, list or "my activities" holds it. */
function patchShift(queryClient: QueryClient, shiftId: string, change: (shift: Shift) => Shift) {
  const inShifts = <T extends { shifts: Shift[] }>(item: T): T =>
    item.shifts.some((shift) => shift.id === shiftId)
      ? {
          ...item,
          shifts: item.shifts.map((shift) => (shift.id === shiftId ? change(shift) : shift)),
        }
      : item;
  queryClient.setQueriesData<{ shifts: Shift[] }>({ queryKey: detailKey }, (data) =>
    data ? inShifts(data) : data,
  );
  queryClient.setQueriesData<{ items: { shifts: Shift[] }[] }>({ queryKey: feedKey }, (data) =>
    data ? { ...data, items: data.items.map(inShifts) } : data,
  );
  queryClient.setQueriesData<MyActivitiesData>({ queryKey: myActivitiesQueryKey }, (data) =>
    data ? { ...data, groupActivities: data.groupActivities.map(inShifts) } : data,
  );
}

/** What the server will most likely answer to a sign-up; its real answer replaces it. */
function predictSignUp(shift: Shift): Shift {
  if (shift.mySignup) return shift;
  const hasRoom = shift.capacity === null || shift.confirmed < shift.capacity;
  return hasRoom
    ? {
        ...shift,
        confirmed: shift.confirmed + 1,
        mySignup: { id: '', status: 'confirmed', waitingPosition: null },
      }
    : {
        ...shift,
        waiting: shift.waiting + 1,
        mySignup: { id: '', status: 'waiting', waitingPosition: shift.waiting + 1 },
      };
}

function predictCancel(shift: Shift): Shift {
  const mine = shift.mySignup;
  if (!mine) return shift;
  if (mine.status === 'waiting') return { ...shift, waiting: shift.waiting - 1, mySignup: null };
  // The first on the waiting list takes the place.
  return shift.waiting > 0
    ? { ...shift, waiting: shift.waiting - 1, mySignup: null }
    : { ...shift, confirmed: shift.confirmed - 1, mySignup: null };
}

/**
 * Signing up for one shift and cancelling, shown at once everywhere the shift appears; on an
 * error the caches go back to what they were and the mutation holds the server's reason.
 */
export function useShiftSignup(shiftId: string) {
  const queryClient = useQueryClient();
  const optimistic = (change: (shift: Shift) => Shift) => async () => {
    await queryClient.cancelQueries({ queryKey: activitiesQueryKey });
    const before = queryClient.getQueriesData({ queryKey: activitiesQueryKey });
    patchShift(queryClient, shiftId, change);
    return { before };
  };
  const restore = (context: { before: [readonly unknown[], unknown][] } | undefined) => {
    for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
  };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: activitiesQueryKey });

  const signUp = useMutation({
    mutationFn: () => callApi(signupRoutes.signUp, { params: { id: shiftId } }),
    onMutate: optimistic(predictSignUp),
    onError: (_error, _input, context) => restore(context),
    onSuccess: ({ signup, shift }) =>
      patchShift(queryClient, shiftId, () => ({ ...shift, mySignup: signup })),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: () => callApi(signupRoutes.cancelMySignup, { params: { id: shiftId } }),
    onMutate: optimistic(predictCancel),
    onError: (_error, _input, context) => restore(context),
    onSuccess: ({ shift }) => {
      patchShift(queryClient, shiftId, () => ({ ...shift, mySignup: null }));
      // Only now: a row that vanished at once could not show why the server refused.
      queryClient.setQueryData<MyActivitiesData>(myActivitiesQueryKey, (data) =>
        data
          ? { ...data, signups: data.signups.filter((signup) => signup.shift.id !== shiftId) }
          : data,
      );
    },
    onSettled: refresh,
  });
  return { signUp, cancel };
}
