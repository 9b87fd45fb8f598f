import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { listCoordinatedLocalGroupIds } from '../../organizations/server/local-groups.queries.ts';
import { type Session } from '../../../platform/shared/session.contract.ts';
import { mustSetUpTwoFactor } from './sessions.queries.ts';

/** The Session the API answers with after login, on session look-up and after accepting an invite. */
export async function buildSessionView(
  db: Kysely<DB>,
  accountId: string,
  csrfToken: string,
): Promise<Session> {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .leftJoin('security_settings as s', 's.organization_id', 'a.organization_id')
    .select([
      's.require_two_factor',
      'a.totp_enabled_at',
      'a.id',
      'a.email',
      'a.role',
      'a.person_id',
      'a.organization_id',
      'p.first_name',
      'p.last_name',
      'o.slug',
      'o.name as organization_name',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow();
  return {
    user: {
      id: row.id,
      email: row.email,
      role: row.role,
      personId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      coordinatedLocalGroupIds:
        row.role === 'coordinator'
          ? await listCoordinatedLocalGroupIds(db, row.organization_id, row.person_id)
          : [],
    },
    organization: { id: row.organization_id, slug: row.slug, name: row.organization_name },
    csrfToken,
    mustSetUpTwoFactor: mustSetUpTwoFactor(row.role, row.require_two_factor, row.totp_enabled_at),
  };
}
