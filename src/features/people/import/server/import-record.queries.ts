import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { personColumns, type ExistingPerson, type ImportColumns } from './import.queries.ts';

// What an import did, kept so that its undo (import-undo.service.ts) knows whom it created and
// which values it replaced. Only the association's latest import can be undone, so recording one
// drops what was kept of the earlier ones: old values of people are not kept longer than needed.

const BATCH = 2000;

type Change = Partial<ImportColumns> & { id: string };

/** Records an import in its own transaction; answers its id. */
export async function recordImport(
  db: Kysely<DB>,
  input: {
    organizationId: string;
    accountId: string | null;
    createdIds: string[];
    updates: Change[];
    existing: ExistingPerson[];
  },
): Promise<string> {
  const { organizationId } = input;
  await db
    .deleteFrom('people_import_changes')
    .where('organization_id', '=', organizationId)
    .execute();
  const { id } = await db
    .insertInto('people_imports')
    .values({
      organization_id: organizationId,
      account_id: input.accountId,
      created_count: input.createdIds.length,
      updated_count: input.updates.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const byId = new Map(input.existing.map((person) => [person.id, person]));
  const rows = [
    ...input.createdIds.map((personId) => ({
      person_id: personId,
      is_created: true,
      before: {},
      after: {},
    })),
    ...input.updates.map((change) => ({
      person_id: change.id,
      is_created: false,
      ...beforeAndAfter(change, byId.get(change.id)!),
    })),
  ];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await sql`
      insert into people_import_changes (import_id, organization_id, person_id, is_created,
        before, after)
      select ${id}::uuid, ${organizationId}::uuid, person_id, is_created, before, after
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        as v(person_id uuid, is_created boolean, before jsonb, after jsonb)`.execute(db);
  }
  return id;
}

/** The columns a change set, as they were and as the import left them. */
function beforeAndAfter(change: Change, current: ExistingPerson) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const column of personColumns) {
    if (change[column] === undefined) continue;
    before[column] = current[column];
    after[column] = change[column];
  }
  if (change.custom) {
    before.custom = Object.fromEntries(
      Object.keys(change.custom).map((key) => [key, current.custom[key] ?? null]),
    );
    after.custom = change.custom;
  }
  if (change.tags) after.tags = change.tags;
  return { before, after };
}
