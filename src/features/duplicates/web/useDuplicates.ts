import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { peopleQueryKey } from '../../tags/web/useTags.ts';
import {
  duplicateRoutes,
  type duplicateReasons,
  type DuplicatePair,
  type MergeInput,
} from '../duplicates.contract.ts';

export type DuplicatePairData = z.infer<typeof DuplicatePair>;

/** Message ids of the reasons two people may be one. */
export const reasonMessageIds: Record<(typeof duplicateReasons)[number], string> = {
  email: 'duplicates.reason.email',
  phone: 'duplicates.reason.phone',
  name_postcode: 'duplicates.reason.name_postcode',
};

// Under the people key: adding, merging or changing people changes the duplicates too.
const duplicatesKey = [...peopleQueryKey, 'duplicates'] as const;

/** Possible duplicates of one person; coordinators get only people they reach. */
export function personDuplicatesQuery(personId: string) {
  return queryOptions({
    queryKey: [...duplicatesKey, personId],
    queryFn: ({ signal }) =>
      callApi(duplicateRoutes.listPersonDuplicates, { params: { id: personId } }, { signal }),
  });
}

/** Every possible duplicate pair of the association, or those of one person. */
export function useDuplicatePairs(personId: string | null) {
  return useQuery(
    personId
      ? personDuplicatesQuery(personId)
      : {
          queryKey: [...duplicatesKey, 'all'],
          queryFn: ({ signal }) => callApi(duplicateRoutes.listDuplicates, {}, { signal }),
        },
  );
}

export function useMarkDistinct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pair: { firstId: string; secondId: string }) =>
      callApi(duplicateRoutes.markDistinct, { body: pair }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicatesKey }),
  });
}

export function useMergePeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof MergeInput>) =>
      callApi(duplicateRoutes.mergePeople, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryKey }),
  });
}
