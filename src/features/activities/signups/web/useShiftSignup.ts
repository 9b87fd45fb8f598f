import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import type { ShiftSummary } from '../../schedule/activities.contract.ts';
import {
  activitiesQueryKey,
  activityDetailKey,
  activityFeedKey,
} from '../../schedule/web/useActivities.ts';
import { signupRoutes } from '../signups.contract.ts';
import { myActivitiesQueryKey, type MyActivitiesData } from './useMyActivities.ts';

// The activist signing up for a shift and cancelling, shown at once in every cached activity,
// feed and "my activities" (schedule/web/useActivities.ts, useMyActivities.ts).

type Shift = z.output<typeof ShiftSummary>;

/** Applies `change` to the shift wherever a cached activity, list or "my activities" holds it. */
function patchShift(queryClient: QueryClient, shiftId: string, change: (shift: Shift) => Shift) {
  const inShifts = <T extends { shifts: Shift[] }>(item: T): T =>
    item.shifts.some((shift) => shift.id === shiftId)
      ? {
          ...item,
          shifts: item.shifts.map((shift) => (shift.id === shiftId ? change(shift) : shift)),
        }
      : item;
  queryClient.setQueriesData<{ shifts: Shift[] }>({ queryKey: activityDetailKey }, (data) =>
    data ? inShifts(data) : data,
  );
  queryClient.setQueriesData<{ items: { shifts: Shift[] }[] }>(
    { queryKey: activityFeedKey },
    (data) => (data ? { ...data, items: data.items.map(inShifts) } : data),
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
