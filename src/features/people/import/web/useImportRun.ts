import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, callApi } from '../../../../platform/web/api.ts';
import { useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import {
  importRoutes,
  type ImportInput,
  type ImportJob,
  type ImportSummary,
} from '../import.contract.ts';
import { followImport } from './upload-import.ts';

/** Where a running import is: the file going up, then the server at work on it. */
export type ImportRunProgress =
  { phase: 'uploading'; sent: number; size: number } | { phase: 'importing'; job: ImportJob };

const POLL_MS = 500;

/**
 * Runs an import (or a dry run): uploads the file with upload progress, then shows the job's
 * progress as the server streams it, and yields its summary. Should the answer break off, the
 * job is asked for every half second until it is done.
 */
export function useImportRun({ onDone }: { onDone: (summary: ImportSummary) => unknown }) {
  const session = useCurrentSession();
  const [progress, setProgress] = useState<ImportRunProgress | null>(null);
  // Stops the upload and the polling when the page goes away; the import itself goes on.
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async (body: z.input<typeof ImportInput>): Promise<ImportSummary> => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const { signal } = controller;
      try {
        setProgress({ phase: 'uploading', sent: 0, size: 0 });
        let job = await followImport(
          body,
          session.csrfToken,
          {
            onUpload: (sent, size) => setProgress({ phase: 'uploading', sent, size }),
            onJob: (state) => setProgress({ phase: 'importing', job: state }),
          },
          signal,
        );
        while (job.status === 'running') {
          await delay(POLL_MS, signal);
          job = await callApi(importRoutes.getImportJob, { params: { id: job.id } }, { signal });
          setProgress({ phase: 'importing', job });
        }
        if (job.status === 'failed' || !job.summary) throw jobError(job);
        return job.summary;
      } finally {
        if (!signal.aborted) setProgress(null);
      }
    },
    onSuccess: onDone,
  });
  return { ...mutation, progress };
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/** A failed job as the error the page shows: nothing was saved. */
function jobError(job: ImportJob): ApiError {
  const code = job.error?.code === 'conflict' ? 'conflict' : 'internal';
  const message = job.error?.message ?? 'The import failed';
  return new ApiError(code === 'conflict' ? 409 : 500, code, {
    type: `/problems/${code}`,
    title: message,
    status: code === 'conflict' ? 409 : 500,
    code,
    detail: message,
    errors: [],
  });
}
