import type { PersonDataPart } from '../../../platform/server/person-data.ts';

/** The tags on a person. */
export const tagsPersonData: PersonDataPart = {
  tables: ['person_tags'],
  notInMyData: "listed with the person's record (person.tags), where the register shows them",
  async erase(trx, { organizationId, personId }) {
    await trx
      .deleteFrom('person_tags')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  },
  // A tag both have is kept once; the rest move with every other reference.
  async merge(trx, { keepId, mergeId }) {
    await trx
      .deleteFrom('person_tags')
      .where('person_id', '=', mergeId)
      .where(
        'tag_id',
        'in',
        trx.selectFrom('person_tags').select('tag_id').where('person_id', '=', keepId),
      )
      .execute();
  },
};
