import { appErrorStatus, type AppErrorCode } from '../shared/app-error.ts';
import type { RouteSpec } from '../shared/route.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The problems the route's OpenAPI operation documents (`documentedProblems`). */
    problems?: AppErrorCode[];
  }
}

/**
 * The problems (`application/problem+json`) a route may answer with, as its contract implies:
 * input may be invalid (400); a logged-in route may find no session (401) or the wrong role, a
 * missing CSRF token or a pending two-factor setup (403); a write may come from a foreign origin
 * (403) or meet a conflicting state (409); an id in the path may name nothing the caller can see
 * (404); a body may be too large (413) or of the wrong type (415); a public write may be
 * throttled (429); and any route may fail (500) or find the database unavailable (503). Beyond
 * these, what the contract's `problems` names.
 */
export function documentedProblems(spec: RouteSpec): AppErrorCode[] {
  const isWrite = spec.method !== 'GET';
  const isPublic = spec.permission === 'public';
  const codes = new Set<AppErrorCode>(spec.problems ?? []);
  const add = (when: boolean, ...more: AppErrorCode[]) => {
    if (when) for (const code of more) codes.add(code);
  };
  add(Boolean(spec.params ?? spec.query ?? spec.body) || isWrite, 'validation');
  add(!isPublic, 'unauthenticated', 'forbidden');
  add(isWrite, 'forbidden', 'conflict');
  add(Boolean(spec.params), 'not_found');
  add(Boolean(spec.body), 'payload_too_large', 'unsupported_media_type');
  add(isPublic && isWrite, 'too_many_requests');
  add(true, 'internal', 'unavailable');
  return [...codes].sort((a, b) => appErrorStatus[a] - appErrorStatus[b]);
}
