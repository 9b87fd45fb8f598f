import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import {
  areaRoutes,
  type AreaSettings,
  type CoverageQuery,
  type ZoomLevel,
} from '../areas.contract.ts';
import { areasQueryKey } from './useElectionImport.ts';

// The map's data: elections, one election's results and topology, the settings, priority areas,
// local groups' districts and coverage. Every key starts with `areas`, so an import refreshes all.

export function useElections() {
  return useQuery({
    queryKey: [...areasQueryKey, 'elections'],
    queryFn: () => callApi(areaRoutes.listElections),
  });
}

export function useElection(id: string | null) {
  return useQuery({
    queryKey: [...areasQueryKey, 'elections', id],
    queryFn: () => callApi(areaRoutes.getElection, { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** The districts' shapes simplified for the zoom level; the last level shows until the next. */
export function useTopology(id: string | null, level: ZoomLevel) {
  return useQuery({
    queryKey: [...areasQueryKey, 'topology', id, level],
    queryFn: () =>
      callApi(areaRoutes.getElectionTopology, { params: { id: id! }, query: { level } }),
    enabled: id !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

const settingsKey = [...areasQueryKey, 'settings'];

export function useAreaSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => callApi(areaRoutes.getAreaSettings) });
}

export function useUpdateAreaSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AreaSettings) => callApi(areaRoutes.updateAreaSettings, { body }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}

const priorityKey = [...areasQueryKey, 'priority-areas'];

export function usePriorityAreas() {
  return useQuery({ queryKey: priorityKey, queryFn: () => callApi(areaRoutes.listPriorityAreas) });
}

export function useSavePriorityArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name?: string; districtCodes?: string[] }) =>
      id
        ? callApi(areaRoutes.updatePriorityArea, { params: { id }, body })
        : callApi(areaRoutes.createPriorityArea, {
            body: { name: body.name ?? '', districtCodes: body.districtCodes ?? [] },
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}

export function useDeletePriorityArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(areaRoutes.deletePriorityArea, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}

const groupsKey = [...areasQueryKey, 'local-groups'];

export function useLocalGroupDistricts() {
  return useQuery({
    queryKey: groupsKey,
    queryFn: () => callApi(areaRoutes.listLocalGroupDistricts),
  });
}

export function useSetLocalGroupDistricts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, districtCodes }: { id: string; districtCodes: string[] }) =>
      callApi(areaRoutes.setLocalGroupDistricts, { params: { id }, body: { districtCodes } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}

export function useCoverage(query: CoverageQuery | null) {
  return useQuery({
    queryKey: [...areasQueryKey, 'coverage', query],
    queryFn: () => callApi(areaRoutes.getCoverage, { query: query! }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
