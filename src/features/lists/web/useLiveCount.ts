import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { peopleQueryKey } from '../../tags/web/useTags.ts';
import { listRoutes, type FilterGroup } from '../lists.contract.ts';

/** How long typing may pause before the count is asked for again. */
export const liveCountDelayMs = 300;

/**
 * How many people (within my reach) `filter` matches, asked for once edits pause; the last
 * count stays shown, marked as updating, until the new one arrives.
 */
export function useLiveCount(filter: FilterGroup) {
  // Compared as text: the builder hands a new object on every render.
  const text = JSON.stringify(filter);
  const [settled] = useDebouncedValue(text, liveCountDelayMs);
  const query = useQuery({
    queryKey: [...peopleQueryKey, 'count', settled],
    queryFn: ({ signal }) =>
      callApi(
        listRoutes.searchPeople,
        { body: { filter: JSON.parse(settled) as FilterGroup, limit: 0 } },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
  const isWaiting = settled !== text;
  return {
    count: query.data?.total,
    isUpdating: isWaiting || query.isFetching,
    error: query.isError ? query.error : null,
    retry: () => void query.refetch(),
  };
}
