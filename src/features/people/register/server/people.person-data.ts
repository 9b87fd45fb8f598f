import type { PersonDataPart } from '../../../../platform/server/person-data.ts';
import { getPerson } from './register.queries.ts';

/**
 * The person's own row. Erasure keeps it, anonymous, with membership and local group, so that
 * counts (members per group, attendance) stay right.
 */
export const peoplePersonData: PersonDataPart = {
  tables: ['people'],
  myData: async (db, { organizationId, personId }) => ({
    person: await getPerson(db, organizationId, personId),
  }),
  async erase(trx, { organizationId, personId, at }) {
    await trx
      .updateTable('people')
      .set({
        first_name: 'Borttagen',
        last_name: 'person',
        email: null,
        phone: null,
        address: null,
        postcode: null,
        city: null,
        gender: null,
        birth_year: null,
        member_number: null,
        member_since: null,
        notes: '',
        custom: '{}',
        erased_at: at,
        updated_at: at,
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', personId)
      .execute();
  },
};
