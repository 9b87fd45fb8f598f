import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { Auth } from '../../../../platform/server/auth.ts';
import { accountKey, invalidate } from '../../../../platform/server/invalidation.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import type { LoginThrottle } from '../../server/login-throttle.ts';
import { twoFactorRoles } from '../../server/sessions.queries.ts';
import { matchTotp, normalizeRecoveryCode } from './totp.ts';
import { verify } from '@node-rs/argon2';
import { twoFactorNoticeMessage } from './two-factor.messages.ts';
import { newRecoveryCodes } from './recovery-codes.queries.ts';

type SecondFactorAccount = {
  id: string;
  organization_id: string;
  person_id: string;
  totp_secret: string | null;
  totp_last_step: number | null;
};

export function wrongCode(): AppError {
  return new AppError('unauthenticated', 'Wrong or used code', {
    errors: [{ path: 'body.code', code: 'invalid_code', message: 'Wrong or used code' }],
  });
}

export async function loadAccount(db: Kysely<DB>, accountId: string) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('security_settings as s', 's.organization_id', 'a.organization_id')
    .select([
      'a.id',
      'a.organization_id',
      'a.person_id',
      'a.email',
      'a.role',
      'a.totp_secret',
      'a.totp_pending_secret',
      'a.totp_enabled_at',
      'a.totp_last_step',
      's.require_two_factor',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow();
}

export async function getTwoFactorStatus(db: Kysely<DB>, accountId: string) {
  const account = await loadAccount(db, accountId);
  const left = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    enabled: account.totp_enabled_at !== null,
    enabledAt: account.totp_enabled_at?.toISOString() ?? null,
    recoveryCodesLeft: account.totp_enabled_at ? Number(left.count) : 0,
    required: Boolean(account.require_two_factor) && twoFactorRoles.includes(account.role),
  };
}

/**
 * Checks a second factor at login: a code from the app (once per 30-second step) or an unused
 * recovery code (used up). Returns which one worked, or throws 401.
 */
export async function useSecondFactor(
  app: FastifyInstance,
  throttle: LoginThrottle,
  account: SecondFactorAccount,
  code: string,
  purpose: 'login' | 'change',
): Promise<'app' | 'recovery_code'> {
  const attempt = throttle.codeAttempt(account.id);
  const used = await checkSecondFactor(app, account, code, purpose);
  attempt.succeeded();
  return used;
}

async function checkSecondFactor(
  app: FastifyInstance,
  account: SecondFactorAccount,
  code: string,
  purpose: 'login' | 'change',
): Promise<'app' | 'recovery_code'> {
  const secret = account.totp_secret ? app.secretBox.open(account.totp_secret) : null;
  if (account.totp_secret && !secret) {
    // Sealed with another key: the installation's key was changed or lost (README, "secret.key").
    app.log.error(
      { accountId: account.id },
      'a two-factor secret cannot be opened with this installation key; only recovery codes work',
    );
  }
  const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
  const step = secret ? matchTotp(secret, code, { lastStep }) : null;
  if (step !== null) {
    // Only a newer step may be stored: two logins with one code cannot both pass.
    const result = await app.db
      .updateTable('accounts')
      .set({ totp_last_step: step })
      .where('id', '=', account.id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return 'app';
    throw wrongCode();
  }
  const recovery = normalizeRecoveryCode(code);
  if (!recovery) throw wrongCode();
  const unused = await app.db
    .selectFrom('recovery_codes')
    .select(['id', 'code_hash'])
    .where('account_id', '=', account.id)
    .where('used_at', 'is', null)
    .execute();
  for (const row of unused) {
    if (!(await verify(row.code_hash, recovery).catch(() => false))) continue;
    await app.db.transaction().execute(async (trx) => {
      const used = await trx
        .updateTable('recovery_codes')
        .set({ used_at: new Date() })
        .where('id', '=', row.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw wrongCode();
      await recordAudit(trx, {
        organizationId: account.organization_id,
        accountId: account.id,
        action: 'account.recovery_code_used',
        personId: account.person_id,
        details: { accountId: account.id, left: unused.length - 1, purpose },
      });
      await app.mailer.send(
        account.organization_id,
        await twoFactorNoticeMessage(
          trx,
          account.id,
          purpose === 'login' ? 'recovery_code_used' : 'recovery_code_used_for_change',
        ),
        trx,
      );
    });
    return 'recovery_code';
  }
  throw wrongCode();
}

/** The account's own second factor must be right before it changes two-factor settings. */
async function requireOwnCode(
  app: FastifyInstance,
  throttle: LoginThrottle,
  account: Awaited<ReturnType<typeof loadAccount>>,
  code: string,
) {
  if (!account.totp_enabled_at) throw new AppError('conflict', 'Two-factor login is off');
  await useSecondFactor(app, throttle, account, code, 'change');
}

export async function renewRecoveryCodes(
  app: FastifyInstance,
  throttle: LoginThrottle,
  auth: Auth,
  code: string,
) {
  const account = await loadAccount(app.db, auth.accountId);
  await requireOwnCode(app, throttle, account, code);
  const codes = await app.db.transaction().execute(async (trx) => {
    const created = await newRecoveryCodes(trx, account);
    await recordAudit(trx, {
      organizationId: account.organization_id,
      accountId: auth.accountId,
      action: 'account.recovery_codes_renewed',
      personId: account.person_id,
    });
    return created;
  });
  return { recoveryCodes: codes };
}

async function turnOff(db: Kysely<DB>, accountId: string) {
  await db
    .updateTable('accounts')
    .set({
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
    })
    .where('id', '=', accountId)
    .execute();
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await invalidate(db, accountKey(accountId));
}

export async function disableTwoFactor(
  app: FastifyInstance,
  throttle: LoginThrottle,
  auth: Auth,
  code: string,
) {
  const account = await loadAccount(app.db, auth.accountId);
  if (account.require_two_factor && twoFactorRoles.includes(account.role)) {
    throw new AppError('conflict', 'The association requires two-factor login of your role');
  }
  await requireOwnCode(app, throttle, account, code);
  await app.db.transaction().execute(async (trx) => {
    await turnOff(trx, account.id);
    await recordAudit(trx, {
      organizationId: account.organization_id,
      accountId: auth.accountId,
      action: 'account.two_factor_off',
      personId: account.person_id,
    });
  });
}

/**
 * An admin turns off another account's two-factor login (a lost phone): the person then logs in
 * with their password alone, or is led to set it up again where it is required. Audited, and
 * the person is told by e-mail, so it never happens unseen.
 */
export async function resetTwoFactor(app: FastifyInstance, auth: Auth, accountId: string) {
  if (accountId === auth.accountId) {
    throw new AppError('bad_request', 'Turn off your own two-factor login on your own page');
  }
  const account = await app.db
    .selectFrom('accounts')
    .select(['id', 'organization_id', 'person_id', 'totp_enabled_at'])
    .where('id', '=', accountId)
    .where('organization_id', '=', auth.organizationId)
    .executeTakeFirst();
  if (!account) throw new AppError('not_found', 'No such account');
  if (!account.totp_enabled_at) throw new AppError('conflict', 'Two-factor login is already off');
  await app.db.transaction().execute(async (trx) => {
    await turnOff(trx, account.id);
    await recordAudit(trx, {
      organizationId: account.organization_id,
      accountId: auth.accountId,
      action: 'account.two_factor_reset',
      personId: account.person_id,
      details: { accountId: account.id },
    });
    await app.mailer.send(
      account.organization_id,
      await twoFactorNoticeMessage(trx, account.id, 'reset_by_admin', auth.accountId),
      trx,
    );
  });
}
