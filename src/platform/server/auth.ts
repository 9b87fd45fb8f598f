import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RoleName } from '../shared/db-values.generated.ts';
import { AppError } from '../shared/app-error.ts';
import { permissions, type Permission } from '../shared/route.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { ResponseCache } from './response-cache.ts';
import { splitKey } from './invalidation.ts';

export const SESSION_COOKIE = 'grasrot_session';
/** How long a session lives without being used. */
export const SESSION_DAYS = 30;

/** Who is calling: set on every request that carries a live session cookie. */
export interface Auth {
  sessionId: string;
  csrfToken: string;
  accountId: string;
  organizationId: string;
  personId: string;
  email: string;
  role: RoleName;
  coordinatedLocalGroupIds: string[];
  /**
   * The association requires two-factor login of this role and the account has not set it up:
   * until it has, only routes marked `beforeTwoFactorSetup` answer.
   */
  mustSetUpTwoFactor: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    permission?: Permission;
    beforeTwoFactorSetup?: true;
  }
}

/** Finds the live session behind a cookie token: the accounts module answers. */
export interface SessionResolver {
  find(db: Kysely<DB>, token: string): Promise<(Auth & { lastSeenAt: Date }) | null>;
  /** Notes that the session was used (at most once a minute). */
  touch(db: Kysely<DB>, sessionId: string): Promise<void>;
}

const rank: Record<Permission, number> = {
  public: 0,
  activist: 1,
  coordinator: 2,
  organizer: 3,
  admin: 4,
};

/** True when a role is allowed what a permission level asks for. */
export function hasPermission(role: RoleName, permission: Permission): boolean {
  return rank[role] >= rank[permission];
}

/** The caller's auth; for use in handlers of non-public routes, where the plugin guarantees it. */
export function getAuth(request: FastifyRequest): Auth {
  if (!request.auth) throw new AppError('unauthenticated', 'Log in first');
  return request.auth;
}

/**
 * A safety net only: a session is dropped the moment a write that changes it commits, in every
 * process. The time bounds what a write that forgot to say so (or a lost LISTEN connection's
 * gap) could leave behind.
 */
const SESSION_CACHE_MS = 60_000;

type CachedSession = Auth & { lastSeenAt: Date };

/** Whether an invalidation key concerns a cached session; '*' concerns them all. */
function concerns(key: string, session: CachedSession): boolean {
  const { topic, id } = splitKey(key);
  if (topic === 'session') return session.sessionId === id;
  if (topic === 'account') return session.accountId === id;
  if (topic === 'person') return session.personId === id;
  if (topic === 'local-group') return session.coordinatedLocalGroupIds.includes(id);
  return topic === 'everything';
}

/** Requests that came in once this process had heard every invalidation committed before. */
const heard = new WeakSet<FastifyRequest>();

/**
 * Whether this process had heard every invalidation committed before the request came in: only
 * then may a cache of private answers (dropped by key) answer it. Known for every logged-in request.
 */
export function heardEveryInvalidation(request: FastifyRequest): boolean {
  return heard.has(request);
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A browser's Origin header, when sent, must be this server's own. */
function checkOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'Cross-site request refused');
  }
  const expected = [request.host, request.headers.host].filter(Boolean);
  if (!expected.includes(host)) throw new AppError('forbidden', 'Cross-site request refused');
}

/**
 * The one place where permissions are enforced. Every route must declare `config.permission`;
 * a route without one cannot be registered. Runs before body parsing and validation, so a
 * caller without the right gets 401/403 whatever they send.
 */
export function registerAuth(app: FastifyInstance, resolver: SessionResolver) {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    if (!permission || !permissions.includes(permission)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no permission`);
    }
  });

  // Live sessions are kept in memory until a committed write, in any process, publishes a key
  // that concerns them: a logout (session), a role change or a password reset (account), an
  // erasure or a merge (person), a group's new coordinator (local-group, person).
  const sessions = new ResponseCache<CachedSession | null>({
    ttlMs: SESSION_CACHE_MS,
    maxEntries: 10_000,
  });
  app.invalidations.subscribe((key) =>
    sessions.deleteWhere((session) => session === null || concerns(key, session)),
  );

  // A kept session's Auth is made once, not once per request; frozen, as requests share it.
  const auths = new WeakMap<CachedSession, Auth>();
  const authOf = (session: CachedSession): Auth => {
    let auth = auths.get(session);
    if (!auth) {
      const { lastSeenAt: _lastSeenAt, ...rest } = session;
      auth = Object.freeze(rest);
      auths.set(session, auth);
    }
    return auth;
  };

  const resolveSession = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
    // With several processes, first hear every logout or role change committed elsewhere
    // before this request came in; if that cannot be known, ask the database.
    const isHeard = await app.invalidations.sync().then(
      () => true,
      () => false,
    );
    if (isHeard) heard.add(request);
    const lookUp = () => resolver.find(app.db, token);
    const session = isHeard ? await sessions.get(token, lookUp) : await lookUp();
    if (session) {
      request.auth = authOf(session);
      if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
        session.lastSeenAt = new Date();
        await resolver.touch(app.db, session.sessionId);
      }
    } else {
      // An unknown token is not kept: a caller sending many would only fill the cache.
      sessions.delete(token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
  };

  // A callback hook: a request without a session (every public answer), or with a session at
  // hand in a process with nothing to wait for (PGlite), is decided at once, without a promise;
  // bench:calendar measures what each one costs.
  app.addHook('onRequest', (request, reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const kept = app.invalidations.isAlwaysSynced ? sessions.peek(token) : undefined;
      if (!kept || Date.now() - kept.lastSeenAt.getTime() > 60_000) {
        resolveSession(request, reply, token)
          .then(() => authorize(request))
          .then(() => done(), done);
        return;
      }
      heard.add(request);
      request.auth = authOf(kept);
    }
    try {
      authorize(request);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
}

/** The route's declared permission, the CSRF token and the origin of unsafe requests. */
function authorize(request: FastifyRequest) {
  const permission = request.routeOptions.config.permission ?? 'public';
  if (!safeMethods.has(request.method)) {
    checkOrigin(request);
    // A request that acts with the session's authority must prove it comes from our own
    // page. Public routes (login, reset and invitation links) act on no one's authority.
    if (request.auth && permission !== 'public') {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, request.auth.csrfToken)) {
        throw new AppError('forbidden', 'Missing or wrong CSRF token');
      }
    }
  }
  if (permission === 'public') return;
  if (!request.auth) throw new AppError('unauthenticated', 'Log in first');
  if (!hasPermission(request.auth.role, permission)) {
    throw new AppError('forbidden', 'Your role does not allow this');
  }
  if (request.auth.mustSetUpTwoFactor && !request.routeOptions.config.beforeTwoFactorSetup) {
    throw new AppError('forbidden', 'Set up two-factor login first', {
      errors: [
        { path: '', code: 'two_factor_setup_required', message: 'Set up two-factor login first' },
      ],
    });
  }
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the request came over https. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
