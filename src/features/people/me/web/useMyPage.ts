import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { meRoutes } from '../me.contract.ts';

export const myPageQueryKey = ['me'] as const;

export function useMyPage() {
  return useQuery({ queryKey: myPageQueryKey, queryFn: () => callApi(meRoutes.myPage) });
}
