import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/shared/app-error.ts';
import { clearSessionCookie, getAuth, setSessionCookie } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { accountRoutes as routes } from '../accounts.contract.ts';
import { findAccountByEmail, recordLogin, setPassword } from './accounts.queries.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { RateLimit } from '../../../platform/server/rate-limit.ts';
import { useSecondFactor } from '../two-factor/server/two-factor.service.ts';
import { assertPasswordAcceptable } from '../password-policy.ts';
import { passwordContextOf } from './accounts.queries.ts';
import { verifyPassword } from '../../../platform/server/secrets.ts';
import { passwordResetMessage } from './account-messages.ts';
import { buildSessionView } from './session-view.ts';
import { createSession, deleteAccountSessions, deleteSession } from './sessions.queries.ts';
import {
  createToken,
  expireAccountTokens,
  getValidToken,
  markTokenUsed,
} from './tokens.queries.ts';

export function registerAuthRoutes(app: FastifyInstance, throttle: LoginThrottle) {
  const resetsPerAddress = new RateLimit(5, 60 * 60_000);
  const resetsPerClient = new RateLimit(30, 60 * 60_000);
  addRoute(app, routes.login, async (request, reply) => {
    const { email, password, code } = request.body;
    // Counted before the password is checked, so guesses sent in parallel count too.
    const attempt = throttle.attempt(email.toLowerCase(), request.ip);
    const account = await findAccountByEmail(app.db, email);
    const isValid = await verifyPassword(account?.password_hash ?? null, password);
    if (!account || !isValid) {
      throw new AppError('unauthenticated', 'Wrong e-mail address or password');
    }
    attempt.succeeded();
    if (account.totp_enabled_at) {
      if (!code) {
        throw new AppError('unauthenticated', 'A code from the authenticator app is needed', {
          errors: [{ path: 'body.code', code: 'two_factor_required', message: 'Code needed' }],
        });
      }
      // Whoever types a code has the password: wrong codes slow every address for the account.
      await useSecondFactor(app, throttle, account, code, 'login');
    }
    // A new session on every login; an old cookie's session is ended (no session fixation).
    if (request.auth) await deleteSession(app.db, request.auth.sessionId);
    const session = await createSession(app.db, {
      id: account.id,
      organizationId: account.organization_id,
    });
    await recordLogin(app.db, account.id);
    setSessionCookie(request, reply, session.token);
    request.log.info({ accountId: account.id }, 'login');
    return buildSessionView(app.db, account.id, session.csrfToken);
  });

  addRoute(app, routes.session, async (request) => {
    const auth = getAuth(request);
    return buildSessionView(app.db, auth.accountId, auth.csrfToken);
  });

  addRoute(app, routes.logout, async (request, reply) => {
    await deleteSession(app.db, getAuth(request).sessionId);
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  addRoute(app, routes.logoutEverywhere, async (request, reply) => {
    const ended = await deleteAccountSessions(app.db, getAuth(request).accountId);
    clearSessionCookie(reply);
    return { ok: true as const, ended };
  });

  addRoute(app, routes.requestPasswordReset, async (request) => {
    const { email } = request.body;
    // Limited per address and per client, so the endpoint cannot flood someone's inbox.
    resetsPerAddress.take(email.toLowerCase(), 'Too many reset requests for this address');
    resetsPerClient.take(request.ip, 'Too many reset requests');
    const account = await findAccountByEmail(app.db, email);
    // The answer is the same whether or not the address has an account.
    if (account) {
      await app.db.transaction().execute(async (trx) => {
        const token = await createToken(trx, {
          organizationId: account.organization_id,
          kind: 'password_reset',
          email: account.email,
          accountId: account.id,
        });
        // The link is made when the mail server takes the message; without one it never is.
        const message = await passwordResetMessage(trx, account.id, app.config.publicUrl, token.id);
        await app.mailer.send(account.organization_id, message, trx);
      });
    }
    return { ok: true as const, isMailConfigured: app.mailer.isDelivering };
  });

  addRoute(app, routes.getPasswordReset, async (request) => {
    const row = await getValidToken(app.db, 'password_reset', request.body.token);
    if (!row.account_id) throw new AppError('bad_request', 'This link is invalid');
    // The link's holder is the account's holder, who may see the names the password is checked
    // against; whoever holds a live link could take the account anyway.
    const context = await passwordContextOf(app.db, row.account_id);
    return {
      email: context.email ?? row.email,
      firstName: context.firstName ?? '',
      lastName: context.lastName ?? '',
      organizationName: context.organizationName ?? '',
    };
  });

  addRoute(app, routes.confirmPasswordReset, async (request) => {
    const { token, password } = request.body;
    const email = await app.db.transaction().execute(async (trx) => {
      const row = await getValidToken(trx, 'password_reset', token);
      if (!row.account_id) throw new AppError('bad_request', 'This link is invalid');
      await assertPasswordAcceptable(password, await passwordContextOf(trx, row.account_id));
      await markTokenUsed(trx, row.id);
      await setPassword(trx, row.account_id, password);
      // Whoever knew the old password is logged out everywhere, and older links stop working.
      await deleteAccountSessions(trx, row.account_id);
      await expireAccountTokens(trx, row.account_id, 'password_reset');
      return row.email;
    });
    // Whoever opened the link holds the mailbox: what this address got wrong is forgiven.
    throttle.forgive(email.toLowerCase(), request.ip);
    return { ok: true as const };
  });
}
