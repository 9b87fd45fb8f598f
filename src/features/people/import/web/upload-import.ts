import type { z } from 'zod';
import { ApiError } from '../../../../platform/web/api.ts';
import {
  appErrorStatus,
  type AppErrorCode,
  type Problem,
} from '../../../../platform/shared/app-error.ts';
import { importRoutes, type ImportInput, type ImportJob } from '../import.contract.ts';

export interface FollowCallbacks {
  /** Bytes of the request sent so far, out of its size. */
  onUpload: (sent: number, size: number) => void;
  /** Each state of the import job as the server streams it. */
  onJob: (job: ImportJob) => void;
}

/**
 * Starts an import and follows it in the same answer (one job state per line). XMLHttpRequest
 * rather than `callApi`: only it tells how much of a large upload has been sent. Resolves with
 * the last state received, which is still `running` when the answer broke off early.
 */
export function followImport(
  body: z.input<typeof ImportInput>,
  csrfToken: string,
  callbacks: FollowCallbacks,
  signal?: AbortSignal,
): Promise<ImportJob> {
  const route = importRoutes.followImport;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let last: ImportJob | null = null;
    // Complete lines only: a chunk may end in the middle of one.
    const readLines = () => {
      const end = xhr.responseText.lastIndexOf('\n');
      if (end < read) return;
      for (const line of xhr.responseText.slice(read, end).split('\n')) {
        if (line.trim() === '') continue;
        last = JSON.parse(line) as ImportJob;
        callbacks.onJob(last);
      }
      read = end + 1;
    };
    xhr.open(route.method, route.path);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) callbacks.onUpload(event.loaded, event.total);
    });
    xhr.addEventListener('progress', () => {
      if (xhr.status === 200) readLines();
    });
    xhr.addEventListener('load', () => {
      if (xhr.status !== 200) return reject(toApiError(xhr));
      readLines();
      if (last) resolve(last);
      else reject(new ApiError(0, 'network', null));
    });
    // Once the job has started it goes on without us: the caller asks for it instead.
    xhr.addEventListener('error', () =>
      last ? resolve(last) : reject(new ApiError(0, 'network', null)),
    );
    xhr.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(JSON.stringify(body));
  });
}

function toApiError(xhr: XMLHttpRequest): ApiError {
  const problem = readProblem(xhr);
  return new ApiError(xhr.status, problem?.code ?? codeForStatus(xhr.status), problem);
}

function readProblem(xhr: XMLHttpRequest): Problem | null {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (typeof body !== 'object' || body === null || !('code' in body)) return null;
    const problem = body as Problem;
    if (!(problem.code in appErrorStatus)) return null;
    return { ...problem, errors: Array.isArray(problem.errors) ? problem.errors : [] };
  } catch {
    return null;
  }
}

/** A proxy's 413 or 502 has no problem body. */
function codeForStatus(status: number): AppErrorCode {
  if (status === 413) return 'payload_too_large';
  return status >= 500 || status === 0 ? 'internal' : 'bad_request';
}
