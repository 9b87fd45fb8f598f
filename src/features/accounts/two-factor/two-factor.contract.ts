import { z } from 'zod';
import { Id, OkResponse } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

/** A code from the authenticator app (six digits) or a recovery code (ten characters). */
export const SecondFactorCode = z.string().trim().min(6).max(20);

export const TwoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  /** Unused recovery codes left. */
  recoveryCodesLeft: z.number().int(),
  /** The association requires it of this account's role (admins and organizers). */
  required: z.boolean(),
});

export const TwoFactorSetup = z.object({
  /** The secret in base32, for typing into an app by hand. */
  secret: z.string(),
  /** The otpauth:// link the QR code carries. */
  uri: z.string(),
  /** The QR code's modules, row by row (true = dark), drawn by the page without a library. */
  qr: z.array(z.array(z.boolean())),
});

export const RecoveryCodes = z.object({
  /** Shown once: only their hashes are stored. */
  recoveryCodes: z.array(z.string()),
});

export const SecuritySettings = z.object({
  /** Admins and organizers must log in with two factors. */
  requireTwoFactor: z.boolean(),
});

export const twoFactorRoutes = defineRoutes({
  getTwoFactor: defineRoute({
    method: 'GET',
    path: '/api/auth/two-factor',
    permission: 'activist',
    summary: 'Whether this account logs in with two factors',
    tags: ['auth'],
    response: TwoFactorStatus,
    beforeTwoFactorSetup: true,
  }),
  startTwoFactorSetup: defineRoute({
    method: 'POST',
    path: '/api/auth/two-factor/setup',
    permission: 'activist',
    summary: 'A new authenticator secret to scan; it takes effect once a code from it is confirmed',
    tags: ['auth'],
    response: TwoFactorSetup,
    beforeTwoFactorSetup: true,
  }),
  confirmTwoFactorSetup: defineRoute({
    method: 'POST',
    path: '/api/auth/two-factor/confirm',
    permission: 'activist',
    summary: 'Turn two-factor login on with a code from the app; answers ten recovery codes',
    tags: ['auth'],
    body: z.object({ code: SecondFactorCode }),
    response: RecoveryCodes,
    beforeTwoFactorSetup: true,
  }),
  renewRecoveryCodes: defineRoute({
    method: 'POST',
    path: '/api/auth/two-factor/recovery-codes',
    permission: 'activist',
    summary: 'Ten new recovery codes (the old ones stop working); needs a code from the app',
    tags: ['auth'],
    body: z.object({ code: SecondFactorCode }),
    response: RecoveryCodes,
  }),
  disableTwoFactor: defineRoute({
    method: 'POST',
    path: '/api/auth/two-factor/disable',
    permission: 'activist',
    summary: 'Turn two-factor login off (not where the association requires it)',
    tags: ['auth'],
    body: z.object({ code: SecondFactorCode }),
    response: OkResponse,
  }),
  resetTwoFactor: defineRoute({
    method: 'POST',
    path: '/api/accounts/:id/two-factor/reset',
    permission: 'admin',
    summary:
      "Turn off another account's two-factor login (a lost phone); audited, and the person is told",
    tags: ['accounts'],
    params: z.object({ id: Id }),
    response: OkResponse,
  }),
  getSecuritySettings: defineRoute({
    method: 'GET',
    path: '/api/security-settings',
    permission: 'admin',
    summary: "The association's login rules",
    tags: ['accounts'],
    response: SecuritySettings,
  }),
  updateSecuritySettings: defineRoute({
    method: 'PUT',
    path: '/api/security-settings',
    permission: 'admin',
    summary: "Change the association's login rules; audited",
    tags: ['accounts'],
    body: SecuritySettings,
    response: SecuritySettings,
  }),
});
