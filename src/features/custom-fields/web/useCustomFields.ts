import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { customFieldRoutes } from '../custom-fields.contract.ts';

export const customFieldsQueryKey = ['custom-fields'] as const;

/** The association's own fields, in order. */
export function useCustomFields(enabled = true) {
  return useQuery({
    queryKey: customFieldsQueryKey,
    queryFn: ({ signal }) => callApi(customFieldRoutes.listCustomFields, {}, { signal }),
    enabled,
    staleTime: 60_000,
  });
}
