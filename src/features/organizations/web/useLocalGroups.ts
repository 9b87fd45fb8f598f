import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { organizationRoutes } from '../organizations.contract.ts';

export const localGroupsQueryKey = ['local-groups'] as const;

export function useLocalGroups() {
  return useQuery({
    queryKey: localGroupsQueryKey,
    queryFn: () => callApi(organizationRoutes.listLocalGroups),
  });
}

export function useLocalGroup(id: string, enabled = true) {
  return useQuery({
    queryKey: [...localGroupsQueryKey, id],
    queryFn: () => callApi(organizationRoutes.getLocalGroup, { params: { id } }),
    enabled,
  });
}

/** Members with contact details; only for those the policy lets see them. */
export function useLocalGroupMembers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...localGroupsQueryKey, id, 'members'],
    queryFn: () => callApi(organizationRoutes.listLocalGroupMembers, { params: { id } }),
    enabled,
  });
}
