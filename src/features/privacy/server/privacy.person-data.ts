import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { listConsents } from './consents.queries.ts';

/** Consents given and withdrawn. */
export const privacyPersonData: PersonDataPart = {
  tables: ['consents'],
  myData: async (db, { organizationId, personId }) => ({
    consents: await listConsents(db, organizationId, personId),
  }),
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('consents')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  },
};
