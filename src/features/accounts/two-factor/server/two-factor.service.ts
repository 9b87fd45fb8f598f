import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import qrcode from 'qrcode-generator';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { Auth } from '../../../../platform/server/auth.ts';
import { accountKey, invalidate } from '../../../../platform/server/invalidation.ts';
import { hashPassword } from '../../../../platform/server/secrets.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import { twoFactorRoles } from '../../server/sessions.queries.ts';
import {
  createRecoveryCode,
  createTotpSecret,
  matchTotp,
  normalizeRecoveryCode,
  otpauthUri,
} from './totp.ts';
import { verify } from '@node-rs/argon2';
import { twoFactorNoticeMessage } from './two-factor.messages.ts';

export const RECOVERY_CODE_COUNT = 10;

type SecondFactorAccount = {
  id: string;
  organization_id: string;
  person_id: string;
  totp_secret: string | null;
  totp_last_step: number | null;
};

function wrongCode(): AppError {
  return new AppError('unauthenticated', 'Wrong or used code', {
    errors: [{ path: 'body.code', code: 'invalid_code', message: 'Wrong or used code' }],
  });
}

async function loadAccount(db: Kysely<DB>, accountId: string) {
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

/** A new secret, kept sealed as pending until a code from the app proves it was scanned. */
export async function startTwoFactorSetup(app: FastifyInstance, auth: Auth) {
  const account = await loadAccount(app.db, auth.accountId);
  if (account.totp_enabled_at) {
    throw new AppError('conflict', 'Two-factor login is already on; turn it off first');
  }
  const secret = createTotpSecret();
  await app.db
    .updateTable('accounts')
    .set({ totp_pending_secret: app.secretBox.seal(secret) })
    .where('id', '=', auth.accountId)
    .execute();
  const organization = await app.db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', auth.organizationId)
    .executeTakeFirstOrThrow();
  const uri = otpauthUri({
    secret,
    account: account.email,
    issuer: `Gräsrot ${organization.name}`,
  });
  return { secret, uri, qr: qrModules(uri) };
}

function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => qr.isDark(row, column)),
  );
}

async function newRecoveryCodes(db: Kysely<DB>, account: { id: string; organization_id: string }) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, createRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(code)));
  await db.deleteFrom('recovery_codes').where('account_id', '=', account.id).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      hashes.map((code_hash) => ({
        organization_id: account.organization_id,
        account_id: account.id,
        code_hash,
      })),
    )
    .execute();
  return codes;
}

/** Turns two-factor login on once a code from the newly scanned secret is right. */
export async function confirmTwoFactorSetup(app: FastifyInstance, auth: Auth, code: string) {
  const account = await loadAccount(app.db, auth.accountId);
  const pending = account.totp_pending_secret
    ? app.secretBox.open(account.totp_pending_secret)
    : null;
  if (account.totp_enabled_at || !pending) {
    throw new AppError('conflict', 'Start the setup again: there is no secret waiting for a code');
  }
  const step = matchTotp(pending, code);
  if (step === null) throw wrongCode();
  const codes = await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({
        totp_secret: account.totp_pending_secret,
        totp_pending_secret: null,
        totp_enabled_at: new Date(),
        totp_last_step: step,
      })
      .where('id', '=', account.id)
      .execute();
    const created = await newRecoveryCodes(trx, account);
    await recordAudit(trx, {
      organizationId: account.organization_id,
      accountId: auth.accountId,
      action: 'account.two_factor_on',
      personId: account.person_id,
    });
    // A session that was waiting for the setup may now do everything else.
    await invalidate(trx, accountKey(account.id));
    return created;
  });
  return { recoveryCodes: codes };
}

/**
 * Checks a second factor at login: a code from the app (once per 30-second step) or an unused
 * recovery code (used up). Returns which one worked, or throws 401.
 */
export async function useSecondFactor(
  app: FastifyInstance,
  account: SecondFactorAccount,
  code: string,
): Promise<'app' | 'recovery_code'> {
  const secret = account.totp_secret ? app.secretBox.open(account.totp_secret) : null;
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
        details: { left: unused.length - 1 },
      });
      await app.mailer.send(
        account.organization_id,
        await twoFactorNoticeMessage(trx, account.id, 'recovery_code_used'),
        trx,
      );
    });
    return 'recovery_code';
  }
  throw wrongCode();
}

/** The account's own second factor must be right before it changes two-factor settings. */
async function requireOwnCode(app: FastifyInstance, auth: Auth, code: string) {
  const account = await loadAccount(app.db, auth.accountId);
  if (!account.totp_enabled_at) throw new AppError('conflict', 'Two-factor login is off');
  await useSecondFactor(app, account, code);
  return account;
}

export async function renewRecoveryCodes(app: FastifyInstance, auth: Auth, code: string) {
  const account = await requireOwnCode(app, auth, code);
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

export async function disableTwoFactor(app: FastifyInstance, auth: Auth, code: string) {
  const account = await requireOwnCode(app, auth, code);
  if (account.require_two_factor && twoFactorRoles.includes(account.role)) {
    throw new AppError('conflict', 'The association requires two-factor login of your role');
  }
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
