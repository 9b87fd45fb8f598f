import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { areaRoutes, type ElectionImportInput } from '../areas.contract.ts';

export const areasQueryKey = ['areas'] as const;

/** What an import of the two files would store; stores nothing. */
export function usePreviewElectionImport() {
  return useMutation({
    mutationFn: (body: ElectionImportInput) => callApi(areaRoutes.previewElectionImport, { body }),
  });
}

/** Imports the election; the association's elections are read afresh afterwards. */
export function useImportElection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ElectionImportInput) => callApi(areaRoutes.importElection, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}
