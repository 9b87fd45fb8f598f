import type { FastifyInstance } from 'fastify';
import { assertPasswordAcceptable } from '../password-policy.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { getAuth, hasPermission, setSessionCookie } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { getLocalGroup } from '../../organizations/server/local-groups.queries.ts';
import { getOrganization } from '../../organizations/server/organizations.queries.ts';
import { accountRoutes as routes } from '../accounts.contract.ts';
import { invitationMessage } from './account-messages.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import {
  createAccount,
  findAccountByEmail,
  findPersonWithoutAccount,
  getAccount,
} from './accounts.queries.ts';
import { buildSessionView } from './session-view.ts';
import { createSession } from './sessions.queries.ts';
import { createToken, getValidToken, markTokenUsed } from './tokens.queries.ts';

export function registerInvitationRoutes(app: FastifyInstance) {
  addRoute(app, routes.createInvitation, async (request) => {
    const auth = getAuth(request);
    const input = request.body;
    // Organizers invite up to their own level; only admins make admins.
    if (input.role === 'admin' && !hasPermission(auth.role, 'admin')) {
      throw new AppError('forbidden', 'Only admins may invite admins');
    }
    if (input.role === 'coordinator' && !input.localGroupId) {
      throw new AppError('validation', 'A coordinator needs a local group', {
        errors: [
          {
            path: 'body.localGroupId',
            code: 'required_for_coordinator',
            message: 'A coordinator needs a local group',
          },
        ],
      });
    }
    if (input.localGroupId) await getLocalGroup(app.db, auth.organizationId, input.localGroupId);
    if (await findAccountByEmail(app.db, input.email)) {
      throw new AppError('conflict', 'An account with that e-mail address exists', {
        errors: [
          { path: 'body.email', code: 'taken', message: 'An account with that e-mail exists' },
        ],
      });
    }
    // With e-mail the link goes to the address only. Without, the inviter is shown it once to
    // pass on: fine for someone new, but it must not open the record of a person already in
    // the register, whose address it has not reached.
    const isLinkShown = !app.mailer.isDelivering;
    const person = await findPersonWithoutAccount(app.db, auth.organizationId, input.email);
    if (person && isLinkShown) {
      throw new AppError('conflict', 'A person in the register has this address; it needs e-mail', {
        errors: [
          {
            path: 'body.email',
            code: 'in_register',
            message: 'The invitation can reach a person in the register by e-mail only',
          },
        ],
      });
    }
    const inviter = await getAccount(app.db, auth.organizationId, auth.accountId);
    const organization = await getOrganization(app.db, auth.organizationId);
    const token = await app.db.transaction().execute(async (trx) => {
      const created = await createToken(trx, {
        organizationId: auth.organizationId,
        kind: 'invitation',
        email: input.email,
        role: input.role,
        firstName: input.firstName,
        lastName: input.lastName,
        localGroupId: input.localGroupId,
        createdBy: auth.accountId,
        isLinkShown,
      });
      const message = invitationMessage({
        email: input.email,
        firstName: input.firstName,
        organizationName: organization.name,
        inviterName: `${inviter.firstName} ${inviter.lastName}`,
        publicUrl: app.config.publicUrl,
        tokenId: created.id,
      });
      await app.mailer.send(auth.organizationId, message, trx);
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'account.invited',
        personId: person?.id ?? null,
        details: { tokenId: created.id, role: input.role, isLinkShown },
      });
      return created;
    });
    return {
      id: token.id,
      expiresAt: token.expiresAt.toISOString(),
      isMailConfigured: !isLinkShown,
      link: isLinkShown ? `${app.config.publicUrl}/invitation#token=${token.secret}` : null,
    };
  });

  addRoute(app, routes.getInvitation, async (request) => {
    const row = await getValidToken(app.db, 'invitation', request.body.token);
    const organization = await getOrganization(app.db, row.organization_id);
    return {
      email: row.email,
      firstName: row.first_name ?? '',
      lastName: row.last_name ?? '',
      role: row.role ?? 'activist',
      organizationName: organization.name,
    };
  });

  addRoute(app, routes.acceptInvitation, async (request, reply) => {
    const { token, password } = request.body;
    const account = await app.db.transaction().execute(async (trx) => {
      const row = await getValidToken(trx, 'invitation', token);
      const organization = await trx
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', row.organization_id)
        .executeTakeFirst();
      await assertPasswordAcceptable(password, {
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
        organizationName: organization?.name,
      });
      await markTokenUsed(trx, row.id);
      const created = await createAccount(trx, {
        organizationId: row.organization_id,
        email: row.email,
        firstName: row.first_name ?? '',
        lastName: row.last_name ?? '',
        role: row.role ?? 'activist',
        password,
        localGroupId: row.local_group_id,
        mayAttachToPerson: !row.is_link_shown,
      });
      // An invited coordinator takes up a group that has none.
      if (row.role === 'coordinator' && row.local_group_id) {
        await trx
          .updateTable('local_groups')
          .set({ coordinator_id: created.person_id })
          .where('id', '=', row.local_group_id)
          .where('coordinator_id', 'is', null)
          .execute();
      }
      return created;
    });
    const session = await createSession(app.db, {
      id: account.id,
      organizationId: account.organization_id,
    });
    setSessionCookie(request, reply, session.token);
    return buildSessionView(app.db, account.id, session.csrfToken);
  });
}
