import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/shared/app-error.ts';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { listRecentPersonAuditEntries, recordAudit } from '../../audit/server/audit.queries.ts';
import { accountRoutes as routes } from '../accounts.contract.ts';
import { resetLinkNoticeMessage } from './account-messages.ts';
import { getAccount } from './accounts.queries.ts';
import { ADMIN_RESET_TTL_MS, createToken } from './tokens.queries.ts';

// An admin helps a locked-out member (mail not working, say) with a link for a new password,
// shown once. Whoever holds it can take the account over, so it is never silent: the audit log
// says who made it for whom, the account's address gets a mail saying so, and the holder sees
// it on "Min sida" for NOTICE_DAYS.

const NOTICE_DAYS = 14;

/** The audit entries a person is shown on Min sida: changes to their login they may not have made. */
const noticeKinds = {
  'account.reset_link_created': 'reset_link_created',
  'account.two_factor_reset': 'two_factor_reset',
  'account.recovery_code_used': 'recovery_code_used',
} as const;

export function registerResetLinkRoutes(app: FastifyInstance) {
  addRoute(app, routes.createResetLink, async (request) => {
    const auth = getAuth(request);
    // Another association's account is not found.
    const account = await getAccount(app.db, auth.organizationId, request.params.id);
    if (account.id === auth.accountId) {
      throw new AppError('forbidden', 'For your own account, use "Glömt lösenordet?"');
    }
    const admin = await getAccount(app.db, auth.organizationId, auth.accountId);
    const token = await app.db.transaction().execute(async (trx) => {
      const created = await createToken(trx, {
        organizationId: auth.organizationId,
        kind: 'password_reset',
        email: account.email,
        accountId: account.id,
        createdBy: auth.accountId,
        ttlMs: ADMIN_RESET_TTL_MS,
        isLinkShown: true,
      });
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'account.reset_link_created',
        personId: account.personId,
        details: { accountId: account.id, tokenId: created.id },
      });
      const notice = await resetLinkNoticeMessage(trx, {
        accountId: account.id,
        adminName: `${admin.firstName} ${admin.lastName}`,
        createdAt: new Date(),
        expiresAt: created.expiresAt,
      });
      await app.mailer.send(auth.organizationId, notice, trx);
      return created;
    });
    request.log.info({ accountId: account.id, tokenId: token.id }, 'reset link made by an admin');
    return {
      link: `${app.config.publicUrl}/reset-password#token=${token.secret}`,
      expiresAt: token.expiresAt.toISOString(),
    };
  });

  addRoute(app, routes.listAccountNotices, async (request) => {
    const auth = getAuth(request);
    const entries = await listRecentPersonAuditEntries(app.db, {
      organizationId: auth.organizationId,
      personId: auth.personId,
      actions: [
        'account.reset_link_created',
        'account.two_factor_reset',
        'account.recovery_code_used',
      ],
      since: new Date(Date.now() - NOTICE_DAYS * 86_400_000),
    });
    return {
      items: entries
        .filter((entry) => entry.details.accountId === auth.accountId)
        .map((entry) => ({
          id: entry.id,
          kind: noticeKinds[entry.action as keyof typeof noticeKinds],
          createdAt: entry.created_at.toISOString(),
          adminName:
            entry.first_name === null ? null : `${entry.first_name} ${entry.last_name ?? ''}`,
        })),
    };
  });
}
