import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { listNotesAbout } from './notes.queries.ts';

/** Notes organizers wrote about a person. */
export const timelinePersonData: PersonDataPart = {
  tables: ['person_notes'],
  myData: async (db, { organizationId, personId }) => ({
    notes: await listNotesAbout(db, organizationId, personId),
  }),
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('person_notes')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  },
};
