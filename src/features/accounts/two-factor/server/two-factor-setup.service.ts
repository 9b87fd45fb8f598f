import type { FastifyInstance } from 'fastify';
import qrcode from 'qrcode-generator';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { Auth } from '../../../../platform/server/auth.ts';
import { accountKey, invalidate } from '../../../../platform/server/invalidation.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import type { LoginThrottle } from '../../server/login-throttle.ts';
import { deleteAccountSessions } from '../../server/sessions.queries.ts';
import { createTotpSecret, matchTotp, otpauthUri } from './totp.ts';
import { loadAccount, wrongCode } from './two-factor.service.ts';
import { newRecoveryCodes } from './recovery-codes.queries.ts';

// Turning two-factor login on: a secret to scan, confirmed with a code; ten recovery codes.

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

/**
 * Turns two-factor login on once a code from the newly scanned secret is right. Every other
 * session of the account ends: they were opened with the password alone.
 */
export async function confirmTwoFactorSetup(
  app: FastifyInstance,
  throttle: LoginThrottle,
  auth: Auth,
  code: string,
) {
  const account = await loadAccount(app.db, auth.accountId);
  const pending = account.totp_pending_secret
    ? app.secretBox.open(account.totp_pending_secret)
    : null;
  if (account.totp_enabled_at || !pending) {
    throw new AppError('conflict', 'Start the setup again: there is no secret waiting for a code');
  }
  const attempt = throttle.codeAttempt(account.id);
  const step = matchTotp(pending, code);
  if (step === null) throw wrongCode();
  attempt.succeeded();
  const codes = await app.db.transaction().execute(async (trx) => {
    // Only the first of two submits of the same code turns it on.
    const result = await trx
      .updateTable('accounts')
      .set({
        totp_secret: account.totp_pending_secret,
        totp_pending_secret: null,
        totp_enabled_at: new Date(),
        totp_last_step: step,
      })
      .where('id', '=', account.id)
      .where('totp_enabled_at', 'is', null)
      .where('totp_pending_secret', '=', account.totp_pending_secret)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new AppError('conflict', 'Two-factor login was turned on already');
    }
    await deleteAccountSessions(trx, account.id, auth.sessionId);
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
