import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { AccountTokenKind, RoleName } from '../../../platform/shared/db-values.generated.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { createSecret, hashSecret } from '../../../platform/server/secrets.ts';
import type { SecretLinkMinter } from '../../../platform/server/mail/secret-links.ts';

export const RESET_TTL_MS = 60 * 60_000;
export const INVITATION_TTL_MS = 7 * 86_400_000;
/** A reset link an admin makes for someone is passed on by hand (a text message, a call). */
export const ADMIN_RESET_TTL_MS = 24 * 60 * 60_000;

interface NewToken {
  organizationId: string;
  kind: AccountTokenKind;
  email: string;
  accountId?: string | null;
  role?: RoleName | null;
  firstName?: string | null;
  lastName?: string | null;
  localGroupId?: string | null;
  createdBy?: string | null;
  ttlMs?: number;
  /** The link is shown to its creator (not only mailed to the address). */
  isLinkShown?: boolean;
}

/**
 * Creates a single-use link token. Only its hash is stored; the secret is returned for a link
 * shown once. A mailed link does not use it: the mailer makes its own at delivery (mintToken).
 */
export async function createToken(db: Kysely<DB>, input: NewToken) {
  const secret = createSecret();
  const ttl = input.ttlMs ?? (input.kind === 'invitation' ? INVITATION_TTL_MS : RESET_TTL_MS);
  const row = await db
    .insertInto('account_tokens')
    .values({
      organization_id: input.organizationId,
      kind: input.kind,
      token_hash: hashSecret(secret),
      email: input.email,
      account_id: input.accountId ?? null,
      role: input.role ?? null,
      first_name: input.firstName ?? null,
      last_name: input.lastName ?? null,
      local_group_id: input.localGroupId ?? null,
      created_by: input.createdBy ?? null,
      is_link_shown: input.isLinkShown ?? false,
      expires_at: new Date(Date.now() + ttl),
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
  return { secret, id: row.id, expiresAt: row.expires_at };
}

/**
 * A fresh secret for a mailed link, made as the message is handed to the mail server: its hash
 * replaces the token's, so any earlier link to it stops working. Null once used or expired.
 */
export const mintToken: SecretLinkMinter = async (trx, link) => {
  const secret = createSecret();
  const row = await trx
    .updateTable('account_tokens')
    .set({ token_hash: hashSecret(secret) })
    .where('id', '=', link.id)
    .where('organization_id', '=', link.organizationId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('id')
    .executeTakeFirst();
  return row ? secret : null;
};

/** A valid (unused, unexpired) token of a kind, or a 400 that says the link no longer works. */
export async function getValidToken(db: Kysely<DB>, kind: AccountTokenKind, secret: string) {
  const row = await db
    .selectFrom('account_tokens')
    .selectAll()
    .where('token_hash', '=', hashSecret(secret))
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at.getTime() <= Date.now()) {
    throw new AppError('bad_request', 'This link is invalid, used or expired', {
      errors: [{ path: 'body.token', code: 'invalid_token', message: 'Invalid or expired link' }],
    });
  }
  return row;
}

/** Marks a token used; fails if another request used it first (single use under concurrency). */
export async function markTokenUsed(db: Kysely<DB>, id: string) {
  const result = await db
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new AppError('bad_request', 'This link has already been used', {
      errors: [{ path: 'body.token', code: 'invalid_token', message: 'Link already used' }],
    });
  }
}

/** Ends every unused link of a kind for an account (after its password has been changed). */
export async function expireAccountTokens(
  db: Kysely<DB>,
  accountId: string,
  kind: AccountTokenKind,
) {
  await db
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .execute();
}
