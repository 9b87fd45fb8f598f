import { z } from 'zod';
import { Email, Id, OkResponse, Role, Slug } from './atoms.ts';
import { defineRoute, defineRoutes } from './route.ts';

// Who is logged in: the kernel's part of accounts. The accounts module answers these routes;
// the web shell reads the session to draw the navigation and guard pages.

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1).max(200),
  /** With two-factor login: a code from the authenticator app, or a recovery code. */
  code: z.string().trim().max(20).optional(),
});

export const OrganizationRef = z.object({ id: Id, slug: Slug, name: z.string() });

export const Session = z.object({
  user: z.object({
    id: Id,
    email: z.string(),
    role: Role,
    personId: Id,
    firstName: z.string(),
    lastName: z.string(),
    /** Local groups this account coordinates (empty unless coordinator). */
    coordinatedLocalGroupIds: z.array(Id),
  }),
  organization: OrganizationRef,
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
  /** The association requires two-factor login of this account: set it up before anything else. */
  mustSetUpTwoFactor: z.boolean(),
});
export type Session = z.infer<typeof Session>;

export const sessionRoutes = defineRoutes({
  login: defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    permission: 'public',
    summary: 'Log in with e-mail and password; sets the session cookie',
    tags: ['auth'],
    body: LoginInput,
    response: Session,
    session: 'starts',
  }),
  session: defineRoute({
    method: 'GET',
    path: '/api/auth/session',
    permission: 'activist',
    summary: 'The current session, account and CSRF token',
    tags: ['auth'],
    response: Session,
    session: 'starts',
    beforeTwoFactorSetup: true,
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    permission: 'activist',
    summary: 'End this session',
    tags: ['auth'],
    response: OkResponse,
    session: 'ends',
    beforeTwoFactorSetup: true,
  }),
  logoutEverywhere: defineRoute({
    method: 'POST',
    path: '/api/auth/logout-everywhere',
    permission: 'activist',
    summary: 'End every session of this account',
    tags: ['auth'],
    response: z.object({ ok: z.literal(true), ended: z.number().int() }),
    session: 'ends',
    beforeTwoFactorSetup: true,
  }),
});
