import { sql, type Kysely, type RawBuilder, type Updateable } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { listPersonReferences } from '../../../../platform/server/person-references.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import type { UndoImportSummary } from '../import.contract.ts';
import { personColumns } from './import.queries.ts';

/** How long an import can be undone: after that, too much has been built on it. */
export const UNDO_WINDOW_DAYS = 7;

// Rows that do not make someone the import created "used": the import's own records, the audit
// log (a look at the record is no use of it) and tags, which are checked by their time.
const NOT_A_USE = new Set(['people_import_changes', 'person_tags', 'audit_log']);
const BATCH = 5000;

/**
 * Undoes the association's latest import (`importId`, or whichever is latest), in one
 * transaction. Someone it created is removed unless changed since (their record or tags) or
 * used elsewhere (a sign-up, a note, an account …); someone it changed gets back each value it
 * replaced, unless that value has been changed again since. Tags it added are taken off; the
 * tags it created stay, empty, for an organizer to delete. Audited as `people.import_undo`.
 */
export async function undoImport(
  db: Kysely<DB>,
  input: { organizationId: string; accountId: string | null; importId?: string; via?: 'cli' },
): Promise<UndoImportSummary> {
  return db.transaction().execute(async (trx) => {
    const { organizationId } = input;
    const latest = await trx
      .selectFrom('people_imports')
      .select(['id', 'undone_at'])
      .select(
        sql<boolean>`created_at > now() - make_interval(days => ${UNDO_WINDOW_DAYS})`.as(
          'is_recent',
        ),
      )
      .where('organization_id', '=', organizationId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!latest || (input.importId !== undefined && latest.id !== input.importId)) {
      throw new AppError('conflict', 'Only the latest import of the association can be undone');
    }
    if (latest.undone_at) throw new AppError('conflict', 'The import has already been undone');
    if (!latest.is_recent) {
      throw new AppError('conflict', `An import can be undone for ${UNDO_WINDOW_DAYS} days`);
    }
    const changes = await trx
      .selectFrom('people_import_changes')
      .select(['person_id', 'is_created', 'before', 'after'])
      .where('import_id', '=', latest.id)
      .execute();
    // The import's own time, read in SQL: a JavaScript Date would lose its microseconds.
    const at = sql<Date>`(select created_at from people_imports where id = ${latest.id})`;
    const created = changes.filter((change) => change.is_created).map((c) => c.person_id);
    const kept = await findChangedOrUsed(trx, organizationId, created, at);
    const removed = created.filter((id) => !kept.has(id));
    for (let start = 0; start < removed.length; start += BATCH) {
      await trx
        .deleteFrom('people')
        .where('organization_id', '=', organizationId)
        .where('id', 'in', removed.slice(start, start + BATCH))
        .execute();
    }
    const restore = await restoreChanged(
      trx,
      organizationId,
      changes.filter((change) => !change.is_created),
      at,
    );
    await trx
      .updateTable('people_imports')
      .set({ undone_at: new Date(), undone_by: input.accountId })
      .where('id', '=', latest.id)
      .execute();
    await trx.deleteFrom('people_import_changes').where('import_id', '=', latest.id).execute();
    const summary: UndoImportSummary = {
      removed: removed.length,
      keptCreated: kept.size,
      restored: restore.restored,
      keptChanged: restore.keptChanged,
    };
    await recordAudit(trx, {
      organizationId,
      accountId: input.accountId,
      action: 'people.import_undo',
      details: { importId: latest.id, ...summary, ...(input.via ? { via: input.via } : {}) },
    });
    return summary;
  });
}

/** Of the people an import created, those changed since or referenced from elsewhere. */
async function findChangedOrUsed(
  db: Kysely<DB>,
  organizationId: string,
  ids: string[],
  at: ImportTime,
): Promise<Set<string>> {
  const kept = new Set<string>();
  const references = (await listPersonReferences(db)).filter(
    (reference) => !NOT_A_USE.has(reference.table_name),
  );
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const changed = await db
      .selectFrom('people')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', 'in', batch)
      .where((eb) =>
        eb.or([
          eb('updated_at', '>', at),
          eb.exists(
            eb
              .selectFrom('person_tags')
              .select('person_id')
              .whereRef('person_tags.person_id', '=', 'people.id')
              .where('person_tags.created_at', '>', at),
          ),
        ]),
      )
      .execute();
    for (const row of changed) kept.add(row.id);
    for (const { table_name, column_name } of references) {
      const used = await sql<{ id: string }>`
        select distinct ${sql.ref(column_name)} as id from ${sql.table(table_name)}
        where ${sql.ref(column_name)} = any(${batch}::uuid[])`.execute(db);
      for (const row of used.rows) kept.add(row.id);
    }
  }
  return kept;
}

type ImportTime = RawBuilder<Date>;
type ChangeRow = {
  person_id: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

/** Sets back each value the import replaced that nobody has changed since; takes its tags off. */
async function restoreChanged(
  db: Kysely<DB>,
  organizationId: string,
  changes: ChangeRow[],
  at: ImportTime,
) {
  let restored = 0;
  let keptChanged = 0;
  for (const change of changes) {
    const current = await db
      .selectFrom('people')
      .select([...personColumns, 'custom'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', change.person_id)
      .executeTakeFirst();
    if (!current) continue;
    const set: Record<string, unknown> = {};
    let isKept = false;
    for (const column of personColumns) {
      if (!(column in change.after)) continue;
      if (isSame(current[column], change.after[column])) set[column] = change.before[column];
      else isKept = true;
    }
    const afterCustom = (change.after.custom ?? {}) as Record<string, unknown>;
    const beforeCustom = (change.before.custom ?? {}) as Record<string, unknown>;
    const custom = { ...current.custom };
    for (const [key, value] of Object.entries(afterCustom)) {
      if (!isSame(custom[key], value)) isKept = true;
      else if (beforeCustom[key] === null || beforeCustom[key] === undefined) delete custom[key];
      else custom[key] = beforeCustom[key];
    }
    if (Object.keys(afterCustom).length > 0) set.custom = JSON.stringify(custom);
    const untagged = await db
      .deleteFrom('person_tags')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', change.person_id)
      // What the import added carries its time; a tag put on since is someone's later choice.
      .where('created_at', '=', at)
      .executeTakeFirst();
    if (Object.keys(set).length > 0) {
      await db
        .updateTable('people')
        .set({ ...(set as Updateable<DB['people']>), updated_at: new Date() })
        .where('organization_id', '=', organizationId)
        .where('id', '=', change.person_id)
        .execute();
    }
    if (Object.keys(set).length > 0 || Number(untagged.numDeletedRows) > 0) restored++;
    if (isKept) keptChanged++;
  }
  return { restored, keptChanged };
}

function isSame(a: unknown, b: unknown): boolean {
  const key = (value: unknown) =>
    JSON.stringify(Array.isArray(value) ? [...(value as unknown[])].sort() : (value ?? null));
  return key(a) === key(b);
}
