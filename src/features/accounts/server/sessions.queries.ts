import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { RoleName } from '../../../platform/shared/db-values.generated.ts';
import { createSecret, hashSecret } from '../../../platform/server/secrets.ts';
import { SESSION_DAYS } from '../../../platform/server/auth.ts';
import { accountKey, invalidate, sessionKey } from '../../../platform/server/invalidation.ts';

const DAY_MS = 86_400_000;

export interface SessionAccount {
  sessionId: string;
  csrfToken: string;
  accountId: string;
  organizationId: string;
  personId: string;
  email: string;
  role: RoleName;
  lastSeenAt: Date;
  mustSetUpTwoFactor: boolean;
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Kysely<DB>,
  account: { id: string; organizationId: string },
) {
  const token = createSecret();
  const csrfToken = createSecret();
  await db
    .insertInto('sessions')
    .values({
      id: hashSecret(token),
      organization_id: account.organizationId,
      account_id: account.id,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_DAYS * DAY_MS),
    })
    .execute();
  return { token, csrfToken };
}

/** The live session for a cookie token, or null when unknown or expired. */
export async function findSession(db: Kysely<DB>, token: string): Promise<SessionAccount | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .leftJoin('security_settings', 'security_settings.organization_id', 'accounts.organization_id')
    .select([
      'security_settings.require_two_factor as requireTwoFactor',
      'accounts.totp_enabled_at as totpEnabledAt',
      'sessions.id as sessionId',
      'sessions.csrf_token as csrfToken',
      'sessions.last_seen_at as lastSeenAt',
      'accounts.id as accountId',
      'accounts.organization_id as organizationId',
      'accounts.person_id as personId',
      'accounts.email as email',
      'accounts.role as role',
    ])
    .where('sessions.id', '=', hashSecret(token))
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  const { requireTwoFactor, totpEnabledAt, ...session } = row;
  return {
    ...session,
    mustSetUpTwoFactor: mustSetUpTwoFactor(session.role, requireTwoFactor, totpEnabledAt),
  };
}

/** Roles an association can require two-factor login of. */
export const twoFactorRoles: readonly RoleName[] = ['admin', 'organizer'];

export function mustSetUpTwoFactor(
  role: RoleName,
  isRequired: boolean | null,
  enabledAt: Date | null,
): boolean {
  return Boolean(isRequired) && twoFactorRoles.includes(role) && !enabledAt;
}

/** Slides the expiry forward; called at most once a minute per session. */
export async function touchSession(db: Kysely<DB>, sessionId: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: new Date(Date.now() + SESSION_DAYS * DAY_MS) })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  await invalidate(db, sessionKey(sessionId));
}

/** Ends every session of an account, except optionally one; returns how many ended. */
export async function deleteAccountSessions(
  db: Kysely<DB>,
  accountId: string,
  exceptSessionId?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  await invalidate(db, accountKey(accountId));
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<DB>) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
