import type { DemoPart } from '../../../../platform/server/demo.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * An import of the register ten days ago that added the demo's last person: past the week in
 * which it could be undone, so the demo shows the record without offering to undo it.
 */
export const addDemoImport: DemoPart = async (
  db,
  { organizationId, personIds, organizerAccountId },
) => {
  const personId = personIds.at(-1);
  if (!personId) return;
  const { id } = await db
    .insertInto('people_imports')
    .values({
      organization_id: organizationId,
      account_id: organizerAccountId,
      created_count: 1,
      updated_count: 0,
      created_at: new Date(Date.now() - 10 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('people_import_changes')
    .values({
      import_id: id,
      organization_id: organizationId,
      person_id: personId,
      is_created: true,
    })
    .execute();
};
