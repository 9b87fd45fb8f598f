import { sessionRoutes, type Session } from '../shared/session.contract.ts';
import {
  appErrorStatus,
  type AppErrorCode,
  type FieldError,
  type Problem,
} from '../shared/app-error.ts';
import { routeUrl, type RouteInput, type RouteOutput, type RouteSpec } from '../shared/route.ts';

/** `network`: the request never got an answer (offline, server down). */
export type ApiErrorCode = AppErrorCode | 'network';

/** A failed API call: the HTTP status and, when the server sent one, its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly problem: Problem | null;
  /** Seconds to wait before retrying, from `Retry-After` (429). */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: ApiErrorCode,
    problem: Problem | null,
    retryAfterSeconds: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `API error ${status} (${code})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

// The CSRF token of the current session; set whenever the server hands us a Session.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type CallArgs<T extends RouteSpec> = keyof RouteInput<T> extends never
  ? [input?: RouteInput<T>, options?: CallOptions]
  : [input: RouteInput<T>, options?: CallOptions];

export interface CallOptions {
  signal?: AbortSignal;
}

/** Calls an API route declared in a feature contract; throws `ApiError` on any failure. */
export async function callApi<T extends RouteSpec>(
  route: T,
  ...[input, options]: CallArgs<T>
): Promise<RouteOutput<T>> {
  const parts = (input ?? {}) as { params?: unknown; query?: unknown; body?: unknown };
  const url = routeUrl(route.path, toStringRecord(parts.params)) + queryString(parts.query);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (parts.body !== undefined) headers['content-type'] = 'application/json';
  // Public routes (login, reset and invitation links) act on no session, so need no token.
  if (route.method !== 'GET' && route.permission !== 'public') {
    const token = await csrfTokenForWrite();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      headers,
      body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
      credentials: 'same-origin',
      signal: options?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', null);
  }

  if (!response.ok) {
    if (response.status === 401) csrfToken = null;
    throw await toApiError(response);
  }
  const result = (response.status === 204 ? undefined : await response.json()) as RouteOutput<T>;
  if (route.session === 'starts') csrfToken = (result as Session).csrfToken;
  if (route.session === 'ends') csrfToken = null;
  return result;
}

/** The token to send with a state-changing request; asks for the session if none is known yet. */
async function csrfTokenForWrite(): Promise<string | null> {
  if (csrfToken === null) {
    try {
      await callApi(sessionRoutes.session);
    } catch {
      // Not logged in (401) or unreachable: send without a token; the request itself will tell.
    }
  }
  return csrfToken;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const problem = await readProblem(response);
  const code = problem?.code ?? codeForStatus(response.status);
  return new ApiError(response.status, code, problem, retryAfterSeconds);
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('code' in body)) return null;
    const problem = body as Problem;
    if (!(problem.code in appErrorStatus)) return null;
    return { ...problem, errors: Array.isArray(problem.errors) ? problem.errors : [] };
  } catch {
    return null;
  }
}

/** A code for answers that carry no problem body (a proxy's 502, an HTML error page). */
function codeForStatus(status: number): AppErrorCode {
  const match = Object.entries(appErrorStatus).find(
    ([code, codeStatus]) => codeStatus === status && code !== 'validation',
  );
  if (match) return match[0] as AppErrorCode;
  return status >= 500 ? 'internal' : 'bad_request';
}

function toStringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return record;
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined && item !== null) record[key] = String(item);
  }
  return record;
}

function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
