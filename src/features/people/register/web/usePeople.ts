import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { registerRoutes } from '../people.contract.ts';

export const pageSize = 50;

export interface PeopleFilter {
  q: string;
  localGroupId: string;
  /** '' for everyone, 'true' for members, 'false' for contacts who are not members. */
  isMember: '' | 'true' | 'false';
  page: number;
}

/** One page of the register; the previous page stays visible while the next one loads. */
export function usePeople(filter: PeopleFilter) {
  return useQuery({
    queryKey: [...peopleQueryKey, 'list', filter],
    queryFn: ({ signal }) =>
      callApi(
        registerRoutes.listPeople,
        {
          query: {
            q: filter.q || undefined,
            localGroupId: filter.localGroupId || undefined,
            isMember: filter.isMember || undefined,
            limit: pageSize,
            offset: (filter.page - 1) * pageSize,
          },
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function personQueryKey(id: string) {
  return [...peopleQueryKey, 'person', id] as const;
}

export function usePerson(id: string, enabled = true) {
  return useQuery({
    queryKey: personQueryKey(id),
    queryFn: () => callApi(registerRoutes.getPerson, { params: { id } }),
    enabled,
    // Every fetch is written to the audit log; refetch only when asked to.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}
