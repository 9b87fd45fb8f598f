import type { PersonDataPart } from '../../../platform/server/person-data.ts';

/** Decisions that two records are different people. */
export const duplicatesPersonData: PersonDataPart = {
  tables: ['distinct_people'],
  notInMyData:
    'only that an organizer judged two records to be different people; it would name the other person',
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('distinct_people')
      .where('organization_id', '=', organizationId)
      .where((eb) => eb.or([eb('first_id', '=', personId), eb('second_id', '=', personId)]))
      .execute();
  },
  // The merged record's decisions end with it.
  async merge(trx, { organizationId, mergeId }) {
    await trx
      .deleteFrom('distinct_people')
      .where('organization_id', '=', organizationId)
      .where((eb) => eb.or([eb('first_id', '=', mergeId), eb('second_id', '=', mergeId)]))
      .execute();
  },
};
