import type { z } from 'zod';
import type { AppErrorCode } from './app-error.ts';

/**
 * Who may call a route. Levels are ordered: an admin may do what an organizer may, and so on.
 * `activist` means any logged-in account; `coordinator` routes are further scoped by policy.
 */
export const permissions = ['public', 'activist', 'coordinator', 'organizer', 'admin'] as const;
export type Permission = (typeof permissions)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One API route, declared once in a feature's contract and used by both the server and the web client. */
export interface RouteSpec {
  /** The OpenAPI operationId: the route's key in its contract's table (set by `defineRoutes`). */
  operationId?: string;
  method: HttpMethod;
  path: string;
  permission: Permission;
  summary: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Success status; 200 unless given. */
  status?: 200 | 201 | 202 | 204;
  response: z.ZodType;
  /** Largest request body in bytes, when a route needs more than the server's default. */
  bodyLimit?: number;
  /**
   * A non-JSON answer (e.g. `text/calendar; charset=utf-8`) that clients fetch directly; the
   * handler returns the body as a string.
   */
  produces?: string;
  /** The answer starts a session (it carries the CSRF token) or the call ends it. */
  session?: 'starts' | 'ends';
  /**
   * Open to an account that must set up two-factor login before anything else (its association
   * requires it): the session, logging out and the setup itself.
   */
  beforeTwoFactorSetup?: true;
  /**
   * The answer shows people's data to the caller: the handler reports what it showed with
   * `auditPeopleRead` (platform/server/people-read.ts) before answering, once, or the request
   * fails instead of answering.
   */
  audit?: 'people-read';
  /**
   * Problems the handler may answer with beyond those its permission, method and input imply
   * (see `documentedProblems`, platform/server/openapi-problems.ts): a rate limit, say.
   */
  problems?: AppErrorCode[];
}

export function defineRoute<const T extends RouteSpec>(spec: T): T {
  return spec;
}

/** A route with its name: what `addRoute` registers. */
export type NamedRoute = RouteSpec & { operationId: string };

/**
 * A contract's table of routes, each named by its key: the key is the route's operationId in
 * OpenAPI (and a generated client's), so keys are unique across the app.
 */
export function defineRoutes<const T extends Record<string, RouteSpec>>(
  routes: T,
): { [K in keyof T & string]: T[K] & { operationId: K } } {
  return Object.fromEntries(
    Object.entries(routes).map(([key, spec]) => [key, { ...spec, operationId: key }]),
  ) as { [K in keyof T & string]: T[K] & { operationId: K } };
}

type InputOf<T, K extends keyof T> = T[K] extends z.ZodType ? z.input<T[K]> : undefined;

/** What a client sends to call a route. */
export type RouteInput<T extends RouteSpec> = {
  [K in 'params' | 'query' | 'body' as T[K] extends z.ZodType ? K : never]: InputOf<T, K>;
};

/** What a route answers with. */
export type RouteOutput<T extends RouteSpec> = z.output<T['response']>;

/** Fills `:name` placeholders of a route path. */
export function routeUrl(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route parameter ${name}`);
    return encodeURIComponent(value);
  });
}
