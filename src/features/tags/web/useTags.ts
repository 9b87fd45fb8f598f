import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { tagRoutes, type BulkTagInput } from '../tags.contract.ts';

export const tagsQueryKey = ['tags'] as const;
/** Lists of people and single people; changing tags makes them stale. */
export const peopleQueryKey = ['people'] as const;

export function useTags(enabled = true) {
  return useQuery({
    queryKey: tagsQueryKey,
    queryFn: () => callApi(tagRoutes.listTags),
    enabled,
  });
}

/** Adds tags to, or removes them from, people; refreshes people and tag counts afterwards. */
export function useTagPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof BulkTagInput>) => callApi(tagRoutes.tagPeople, { body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...peopleQueryKey, 'list'] }),
        // Every fetch of a person is audited: mark them stale, fetch when next opened.
        queryClient.invalidateQueries({
          queryKey: [...peopleQueryKey, 'person'],
          refetchType: 'none',
        }),
        queryClient.invalidateQueries({ queryKey: tagsQueryKey }),
      ]);
    },
  });
}
