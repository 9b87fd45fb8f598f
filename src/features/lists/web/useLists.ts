import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { useExportDownload } from '../../people/export/web/usePeopleExport.ts';
import { peopleQueryKey } from '../../tags/web/useTags.ts';
import { listRoutes, type SavedList, type SavedListPatch, type Sort } from '../lists.contract.ts';

export const listsQueryKey = ['lists'] as const;
export type List = z.output<typeof SavedList>;

/** Saved lists this organizer may open: their own and those shared with organizers. */
export function useLists() {
  return useQuery({
    queryKey: listsQueryKey,
    queryFn: ({ signal }) => callApi(listRoutes.listLists, {}, { signal }),
  });
}

export function useList(id: string) {
  return useQuery({
    queryKey: [...listsQueryKey, id],
    queryFn: ({ signal }) => callApi(listRoutes.getList, { params: { id } }, { signal }),
  });
}

export const listPageSize = 50;

/**
 * One page of the people a list matches now, in its saved sort. Under the people key, so
 * tagging people refreshes it; the sort is in the key, so a saved new sort fetches again.
 */
export function useListPeople(id: string, sort: Sort, page: number) {
  return useQuery({
    queryKey: [...peopleQueryKey, 'list', 'saved', id, sort, page],
    queryFn: ({ signal }) =>
      callApi(
        listRoutes.listPeopleOfList,
        { params: { id }, query: { limit: listPageSize, offset: (page - 1) * listPageSize } },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** Shows a saved list everywhere; its people are fetched again only when its filter changed. */
function useStoreList() {
  const queryClient = useQueryClient();
  return async (list: List, { filter }: { filter?: unknown }) => {
    queryClient.setQueryData([...listsQueryKey, list.id], list);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: listsQueryKey, exact: true }),
      // A new sort is in the people's query key: that fetches them by itself.
      filter !== undefined &&
        queryClient.invalidateQueries({ queryKey: [...peopleQueryKey, 'list', 'saved', list.id] }),
    ]);
  };
}

export function useCreateList() {
  const store = useStoreList();
  return useMutation({
    mutationFn: (body: z.input<typeof listRoutes.createList.body>) =>
      callApi(listRoutes.createList, { body }),
    onSuccess: store,
  });
}

/** Changes a list (its filter, name, columns or sort) and shows the change everywhere. */
export function useUpdateList(id: string) {
  const store = useStoreList();
  return useMutation({
    mutationFn: (body: z.input<typeof SavedListPatch>) =>
      callApi(listRoutes.updateList, { params: { id }, body }),
    onSuccess: store,
  });
}

export function useDeleteList(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(listRoutes.deleteList, { params: { id } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: [...listsQueryKey, id] });
      await queryClient.invalidateQueries({ queryKey: listsQueryKey, exact: true });
    },
  });
}

/** Exports a saved list's people, with its columns, and offers the file as a download. */
export function useListExport(listId: string) {
  return useExportDownload((format) =>
    callApi(listRoutes.exportListPeople, { body: { format, listId } }),
  );
}
