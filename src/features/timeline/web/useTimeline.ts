import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callApi } from '../../../platform/web/api.ts';
import { timelineRoutes } from '../timeline.contract.ts';

export const timelinePageSize = 20;

export function timelineQueryKey(personId: string) {
  return ['timeline', personId] as const;
}

/**
 * Whatever else on the page changes about this person (the record, tags, consents) is on the
 * timeline too: when another query about the person gets new data — not its first load — the
 * timeline is fetched again.
 */
function useFollowPersonChanges(personId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const { queryKey, state } = event.query;
        if (
          event.type === 'updated' &&
          event.action.type === 'success' &&
          queryKey[0] !== 'timeline' &&
          queryKey.includes(personId) &&
          state.dataUpdateCount > 1
        ) {
          void queryClient.invalidateQueries({ queryKey: timelineQueryKey(personId) });
        }
      }),
    [queryClient, personId],
  );
}

/** A person's timeline, newest first, a page at a time ("Visa fler" fetches the next). */
export function useTimeline(personId: string) {
  useFollowPersonChanges(personId);
  return useInfiniteQuery({
    queryKey: timelineQueryKey(personId),
    queryFn: ({ pageParam, signal }) =>
      callApi(
        timelineRoutes.getTimeline,
        { params: { id: personId }, query: { cursor: pageParam, limit: timelinePageSize } },
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Reading the timeline is a view of the person (audited): fetch again only when asked to.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useCreateNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      callApi(timelineRoutes.createNote, { params: { id: personId }, body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineQueryKey(personId) }),
  });
}

export function useDeleteNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) =>
      callApi(timelineRoutes.deleteNote, { params: { id: personId, noteId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: timelineQueryKey(personId) }),
  });
}
