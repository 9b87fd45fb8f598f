import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { accountsPersonData } from './accounts.person-data.ts';
import { listCoordinatedLocalGroupIds } from '../../organizations/server/local-groups.queries.ts';
import { registerAccountRoutes } from './accounts.routes.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { LoginThrottle } from './login-throttle.ts';
import { loadCommonPasswords } from '../password-policy.ts';
import { registerInvitationRoutes } from './invitations.routes.ts';
import { registerTwoFactorRoutes } from '../two-factor/server/two-factor.routes.ts';
import { registerResetLinkRoutes } from './reset-link.routes.ts';
import { ACCOUNT_LINK_MINTER } from './account-messages.ts';
import { mintToken } from './tokens.queries.ts';
import { deleteExpiredSessions, findSession, touchSession } from './sessions.queries.ts';

export const accountsModule = defineServerModule({
  name: 'accounts',
  personData: accountsPersonData,
  routes(app: FastifyInstance) {
    // One throttle for passwords and second-factor codes, wherever they are typed.
    const throttle = new LoginThrottle();
    // The common-password list is read now, not inside the first reset's transaction.
    void loadCommonPasswords();
    registerAuthRoutes(app, throttle);
    registerInvitationRoutes(app);
    registerAccountRoutes(app);
    registerTwoFactorRoutes(app, throttle);
    registerResetLinkRoutes(app);
  },
  // Reset and invitation links are made only as their mail is handed to the mail server.
  secretLinks: { [ACCOUNT_LINK_MINTER]: mintToken },
  sessions: {
    async find(db, token) {
      const session = await findSession(db, token);
      if (!session) return null;
      const coordinatedLocalGroupIds =
        session.role === 'coordinator'
          ? await listCoordinatedLocalGroupIds(db, session.organizationId, session.personId)
          : [];
      return { ...session, coordinatedLocalGroupIds };
    },
    touch: touchSession,
  },
  // Expired sessions are refused on sight: deleting them only keeps the table small.
  periodic: [
    {
      kind: 'accounts.delete-expired-sessions',
      everyMs: 60 * 60_000,
      run: ({ trx }) => deleteExpiredSessions(trx),
    },
  ],
});
