import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { base64ToBlob, downloadBlob } from '../../../platform/web/ui/download.ts';
import { transferRoutes } from '../people-transfer.contract.ts';
import { exportFilter } from './people-export-filter.ts';
import type { PeopleFilter } from './usePeople.ts';

/**
 * Exports the people the current search and filters show (or a saved list, with its columns),
 * and offers the file as a download.
 */
export function usePeopleExport(source: PeopleFilter | { listId: string }) {
  return useMutation({
    mutationFn: (format: 'csv' | 'xlsx') =>
      callApi(transferRoutes.exportPeople, {
        body:
          'listId' in source
            ? { format, listId: source.listId }
            : { format, filter: exportFilter(source) },
      }),
    onSuccess: (file) =>
      downloadBlob(base64ToBlob(file.contentBase64, file.contentType), file.filename),
  });
}
