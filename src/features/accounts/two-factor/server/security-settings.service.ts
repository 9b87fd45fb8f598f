import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { Auth } from '../../../../platform/server/auth.ts';
import { accountKey, invalidate } from '../../../../platform/server/invalidation.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import { twoFactorRoles } from '../../server/sessions.queries.ts';

// An association's login rules: whether admins and organizers must use two-factor login.

export async function getSecuritySettings(db: Kysely<DB>, organizationId: string) {
  const row = await db
    .selectFrom('security_settings')
    .select('require_two_factor')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return { requireTwoFactor: row?.require_two_factor ?? false };
}

export async function updateSecuritySettings(
  app: FastifyInstance,
  auth: Auth,
  input: { requireTwoFactor: boolean },
) {
  await app.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('security_settings')
      .values({
        organization_id: auth.organizationId,
        require_two_factor: input.requireTwoFactor,
        updated_by: auth.accountId,
      })
      .onConflict((oc) =>
        oc.column('organization_id').doUpdateSet({
          require_two_factor: input.requireTwoFactor,
          updated_by: auth.accountId,
          updated_at: new Date(),
        }),
      )
      .execute();
    await recordAudit(trx, {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      action: 'security.settings',
      details: { requireTwoFactor: input.requireTwoFactor },
    });
    // Sessions of admins and organizers learn at once whether they must set it up.
    const concerned = await trx
      .selectFrom('accounts')
      .select('id')
      .where('organization_id', '=', auth.organizationId)
      .where('role', 'in', [...twoFactorRoles])
      .execute();
    // In batches: one notice carries at most 8,000 bytes.
    for (let i = 0; i < concerned.length; i += 100) {
      await invalidate(trx, ...concerned.slice(i, i + 100).map((row) => accountKey(row.id)));
    }
  });
  return getSecuritySettings(app.db, auth.organizationId);
}
