import { z } from 'zod';
import { Email, Id, Name, OkResponse, Password, Role } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { Session, sessionRoutes } from '../../platform/shared/session.contract.ts';

export const PasswordResetRequest = z.object({ email: Email });
export const TokenInput = z.object({ token: z.string().min(20).max(200) });
export const PasswordResetConfirm = z.object({
  token: z.string().min(20).max(200),
  password: Password,
});

export const InvitationInput = z.object({
  email: Email,
  firstName: Name,
  lastName: Name,
  role: Role,
  localGroupId: Id.nullable().default(null),
});

/** Whose account a link is for: shown on the page, and what the password must not be built on. */
export const PasswordResetInfo = z.object({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organizationName: z.string(),
});

export const InvitationInfo = PasswordResetInfo.extend({ role: Role });

export const InvitationAccept = z.object({
  token: z.string().min(20).max(200),
  password: Password,
});

export const Account = z.object({
  id: Id,
  email: z.string(),
  role: Role,
  personId: Id,
  firstName: z.string(),
  lastName: z.string(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  /** Logs in with a code from an authenticator app too. */
  twoFactor: z.boolean(),
});

export const UpdateAccountInput = z.object({ role: Role });

export const ResetLink = z.object({
  /** Shown this once: only its hash is kept. */
  link: z.string(),
  expiresAt: z.string(),
});

/** Something an admin did to one's account that one should know of. */
export const AccountNotice = z.object({
  id: Id,
  kind: z.enum(['reset_link_created', 'two_factor_reset', 'recovery_code_used']),
  createdAt: z.string(),
  /** The admin; null when their account has since been removed. */
  adminName: z.string().nullable(),
});

export const accountRoutes = defineRoutes({
  ...sessionRoutes,
  requestPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/auth/password-reset',
    permission: 'public',
    summary: 'Send a password reset link (answers the same whether or not the address exists)',
    tags: ['auth'],
    status: 202,
    body: PasswordResetRequest,
    response: z.object({
      ok: z.literal(true),
      /** False when the server has no SMTP: no link is made; an admin can make one for them. */
      isMailConfigured: z.boolean(),
    }),
  }),
  getPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/auth/password-reset/lookup',
    permission: 'public',
    summary: 'Whose account a reset link is for (the token is the credential; it stays unused)',
    tags: ['auth'],
    body: TokenInput,
    response: PasswordResetInfo,
  }),
  confirmPasswordReset: defineRoute({
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    permission: 'public',
    summary: 'Set a new password with a reset link; ends every other session',
    tags: ['auth'],
    body: PasswordResetConfirm,
    response: OkResponse,
  }),
  createInvitation: defineRoute({
    method: 'POST',
    path: '/api/invitations',
    permission: 'organizer',
    summary: 'Invite a person to an account by e-mail',
    tags: ['accounts'],
    status: 201,
    body: InvitationInput,
    response: z.object({
      id: Id,
      expiresAt: z.string(),
      /** True when the link was e-mailed to the address (and only there). */
      isMailConfigured: z.boolean(),
      /**
       * Without SMTP, the link for the inviter to pass on, shown this once (only its hash is
       * kept); null when it was e-mailed.
       */
      link: z.string().nullable(),
    }),
  }),
  getInvitation: defineRoute({
    method: 'POST',
    path: '/api/invitations/lookup',
    permission: 'public',
    summary: 'What an invitation link is for (the token is the credential)',
    tags: ['accounts'],
    body: TokenInput,
    response: InvitationInfo,
  }),
  acceptInvitation: defineRoute({
    method: 'POST',
    path: '/api/invitations/accept',
    permission: 'public',
    summary: 'Accept an invitation by choosing a password; logs in',
    tags: ['accounts'],
    body: InvitationAccept,
    response: Session,
    session: 'starts',
  }),
  listAccounts: defineRoute({
    method: 'GET',
    path: '/api/accounts',
    permission: 'admin',
    summary: 'Every account of the association',
    audit: 'people-read',
    tags: ['accounts'],
    response: z.object({ items: z.array(Account) }),
  }),
  createResetLink: defineRoute({
    method: 'POST',
    path: '/api/accounts/:id/reset-link',
    permission: 'admin',
    summary:
      "Make a link to set another account's password, shown once; audited, and its holder is told by e-mail and at login",
    tags: ['accounts'],
    status: 201,
    params: z.object({ id: Id }),
    response: ResetLink,
  }),
  listAccountNotices: defineRoute({
    method: 'GET',
    path: '/api/auth/notices',
    permission: 'activist',
    summary:
      'Changes to this login in the last 14 days its holder may not have made: a link for a new password an admin made, two-factor login reset by an admin, a recovery code used',
    tags: ['auth'],
    response: z.object({ items: z.array(AccountNotice) }),
    beforeTwoFactorSetup: true,
  }),
  updateAccount: defineRoute({
    method: 'PATCH',
    path: '/api/accounts/:id',
    permission: 'admin',
    summary: "Change an account's role",
    tags: ['accounts'],
    params: z.object({ id: Id }),
    body: UpdateAccountInput,
    response: Account,
  }),
});
