import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { PersonScope } from '../../../../platform/server/person-data.ts';

/** Erasure: a campaign the person was responsible for has no one responsible until given one. */
export async function eraseFromCampaigns(
  trx: Kysely<DB>,
  { organizationId, personId }: PersonScope,
) {
  await trx
    .updateTable('campaigns')
    .set({ owner_id: null })
    .where('organization_id', '=', organizationId)
    .where('owner_id', '=', personId)
    .execute();
}
