import type { PersonDataPart } from '../../../../platform/server/person-data.ts';

type Transaction = Parameters<NonNullable<PersonDataPart['erase']>>[0];

const deleteChanges = (trx: Transaction, organizationId: string, personId: string) =>
  trx
    .deleteFrom('people_import_changes')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();

/**
 * What the latest import of the register did to a person (created them, or the values it
 * replaced), kept only so that it can be undone.
 */
export const importPersonData = {
  tables: ['people_import_changes'],
  myData: async (db, { organizationId, personId }) => ({
    importChanges: (
      await db
        .selectFrom('people_import_changes as c')
        .innerJoin('people_imports as i', 'i.id', 'c.import_id')
        .select(['i.created_at', 'c.is_created', 'c.before', 'c.after'])
        .where('c.organization_id', '=', organizationId)
        .where('c.person_id', '=', personId)
        .execute()
    ).map((row) => ({
      importedAt: row.created_at.toISOString(),
      isCreated: row.is_created,
      before: row.before,
      after: row.after,
    })),
  }),
  // The old values are the person's data: they go, and an undo then leaves the person alone.
  async erase(trx, { organizationId, personId }) {
    await deleteChanges(trx, organizationId, personId);
  },
  // The merged record's import history ends with it: an undo cannot set back a merge.
  async merge(trx, { organizationId, mergeId }) {
    await deleteChanges(trx, organizationId, mergeId);
  },
} satisfies PersonDataPart;
