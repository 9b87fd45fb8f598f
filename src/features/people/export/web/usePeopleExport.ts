import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { base64ToBlob, downloadBlob } from '../../../../platform/web/ui/download.ts';
import type { z } from 'zod';
import { exportRoutes, type ExportFile } from '../export.contract.ts';
import type { PeopleFilter } from '../../register/web/usePeople.ts';

/** Offers an exported file as a download, whoever made it (the register, a saved list). */
export function useExportDownload(
  exportFile: (format: 'csv' | 'xlsx') => Promise<z.output<typeof ExportFile>>,
) {
  return useMutation({
    mutationFn: exportFile,
    onSuccess: (file) =>
      downloadBlob(base64ToBlob(file.contentBase64, file.contentType), file.filename),
  });
}

/** Exports the people the register's current search and filters show. */
export function usePeopleExport(filter: PeopleFilter) {
  return useExportDownload((format) =>
    callApi(exportRoutes.exportPeople, {
      body: {
        format,
        ...(filter.q.trim() ? { q: filter.q.trim() } : {}),
        ...(filter.localGroupId ? { localGroupId: filter.localGroupId } : {}),
        ...(filter.isMember ? { isMember: filter.isMember } : {}),
      },
    }),
  );
}

/** The register's export under way: what the export button and its menu act on. */
export type PeopleExport = ReturnType<typeof usePeopleExport>;
