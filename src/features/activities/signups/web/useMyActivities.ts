import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { activitiesQueryKey } from '../../schedule/web/useActivities.ts';
import { signupRoutes, type MyActivities } from '../signups.contract.ts';

// "My activities" on Min sida, under the activities key so a sign-up refreshes it too.

export const myActivitiesQueryKey = [...activitiesQueryKey, 'mine'] as const;

export type MyActivitiesData = z.output<typeof MyActivities>;

/** My upcoming sign-ups and the upcoming activities of my local group and the association. */
export function useMyActivities() {
  return useQuery({
    queryKey: myActivitiesQueryKey,
    queryFn: () => callApi(signupRoutes.myActivities),
  });
}
