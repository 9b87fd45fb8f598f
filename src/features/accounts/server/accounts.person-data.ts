import { AppError } from '../../../platform/shared/app-error.ts';
import { invalidate, personKey } from '../../../platform/server/invalidation.ts';
import type { PersonDataPart } from '../../../platform/server/person-data.ts';

/** A person's account; its sessions and links go with it (they cascade). */
export const accountsPersonData: PersonDataPart = {
  tables: ['accounts'],
  async myData(db, { organizationId, personId }) {
    const account = await db
      .selectFrom('accounts')
      .select(['email', 'role', 'created_at', 'last_login_at'])
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return {
      account: account
        ? {
            email: account.email,
            role: account.role,
            createdAt: account.created_at.toISOString(),
            lastLoginAt: account.last_login_at ? account.last_login_at.toISOString() : null,
          }
        : null,
    };
  },
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('accounts')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
    // Its sessions end with it, in every process at once.
    await invalidate(trx, personKey(personId));
  },
  async merge(trx, { keepId, mergeId }) {
    const accounts = await trx
      .selectFrom('accounts')
      .select('person_id')
      .where('person_id', 'in', [keepId, mergeId])
      .execute();
    if (accounts.length === 2) {
      throw new AppError('conflict', 'Both people have accounts; remove one account first');
    }
    // A session's cached person is the merged one or the kept one: read both afresh.
    await invalidate(trx, personKey(mergeId), personKey(keepId));
  },
};
