import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { PersonScope } from '../../../../platform/server/person-data.ts';

/**
 * Erasure: an activity no longer names the person as its contact (members would otherwise be
 * sent to an anonymous record), nor the account that created it.
 */
export async function eraseFromSchedule(
  trx: Kysely<DB>,
  { organizationId, personId }: PersonScope,
) {
  await trx
    .updateTable('activities')
    .set({ contact_person_id: null })
    .where('organization_id', '=', organizationId)
    .where('contact_person_id', '=', personId)
    .execute();
  await trx
    .updateTable('activities')
    .set({ created_by: null })
    .where('organization_id', '=', organizationId)
    .where('created_by', 'in', (eb) =>
      eb.selectFrom('accounts').select('id').where('person_id', '=', personId),
    )
    .execute();
}
