import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { privacyRoutes } from '../privacy.contract.ts';

const retentionKey = ['retention'] as const;
export const flaggedPageSize = 50;

/** The retention time and how many contacts it flags now. */
export function useRetentionOverview() {
  return useQuery({
    queryKey: [...retentionKey, 'overview'],
    queryFn: () => callApi(privacyRoutes.getRetention),
  });
}

/** The flagged contacts, longest silent first, a page at a time. */
export function useFlaggedPeople() {
  return useInfiniteQuery({
    queryKey: [...retentionKey, 'people'],
    queryFn: ({ pageParam, signal }) =>
      callApi(
        privacyRoutes.listFlaggedPeople,
        { query: { limit: flaggedPageSize, offset: pageParam } },
        { signal },
      ),
    initialPageParam: 0,
    getNextPageParam: (page, pages) => {
      const shown = pages.reduce((sum, p) => sum + p.items.length, 0);
      return shown < page.total ? shown : undefined;
    },
  });
}

export function useUpdateRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (retentionMonths: number) =>
      callApi(privacyRoutes.updateRetention, { body: { retentionMonths } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKey }),
  });
}

/** Erases a flagged contact (the privacy feature's erasure), then shows the list anew. */
export function useEraseFlagged() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      callApi(privacyRoutes.erasePerson, { params: { id: personId }, body: { confirm: true } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: retentionKey });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
