import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { peopleRoutes } from '../people.contract.ts';

export const myPageQueryKey = ['me'] as const;

export function useMyPage() {
  return useQuery({ queryKey: myPageQueryKey, queryFn: () => callApi(peopleRoutes.myPage) });
}
