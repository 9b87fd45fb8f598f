import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { listPersonCommittees } from './committees.queries.ts';

/** Seats on committees, and the local groups a person coordinates. */
export const organizationsPersonData: PersonDataPart = {
  tables: ['committee_members', 'local_groups'],
  async myData(db, { organizationId, personId }) {
    const committees = await listPersonCommittees(db, organizationId, personId);
    const groups = await db
      .selectFrom('local_groups')
      .select('name')
      .where('organization_id', '=', organizationId)
      .where('coordinator_id', '=', personId)
      .orderBy('name')
      .execute();
    return {
      committees: committees.map(({ name, title }) => ({ name, title })),
      coordinatedGroups: groups.map(({ name }) => ({ name })),
    };
  },
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('committee_members')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
    await trx
      .updateTable('local_groups')
      .set({ coordinator_id: null })
      .where('organization_id', '=', organizationId)
      .where('coordinator_id', '=', personId)
      .execute();
  },
  // A seat both hold is kept once; the rest move with every other reference.
  async merge(trx, { keepId, mergeId }) {
    await trx
      .deleteFrom('committee_members')
      .where('person_id', '=', mergeId)
      .where(
        'committee_id',
        'in',
        trx.selectFrom('committee_members').select('committee_id').where('person_id', '=', keepId),
      )
      .execute();
  },
};
