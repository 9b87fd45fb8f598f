import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { exportPeople, type ExportedFile } from '../../people/export/server/export.service.ts';
import type { ExportColumn } from '../../people/export/export.contract.ts';
import { FilterGroup } from '../lists.contract.ts';
import { compileFilter } from './filter-sql.ts';
import { describeFilter } from './describe-filter.ts';

export interface ListExport {
  organizationId: string;
  slug: string;
  /** Who exports; null from the command line. */
  accountId: string | null;
  format: 'csv' | 'xlsx';
  /** A saved list (already read with the caller's rights); else `filter`. */
  list?: { id: string; filter: FilterGroup; columns: string[] };
  filter?: FilterGroup;
  columns?: ExportColumn[];
  via?: 'cli';
}

/** Writes the people of a saved list or a filter as CSV or XLSX, and logs what was exported. */
export function exportList(db: Kysely<DB>, input: ListExport): Promise<ExportedFile> {
  const filter = input.list?.filter ?? input.filter;
  return exportPeople(db, {
    organizationId: input.organizationId,
    slug: input.slug,
    accountId: input.accountId,
    format: input.format,
    columns: input.columns,
    savedColumns: input.list?.columns,
    where: filter ? (eb) => compileFilter(eb, filter) : undefined,
    describe: {
      listId: input.list?.id ?? null,
      // The filter's shape, without the words searched for: those may be names or addresses.
      filter: input.list ? null : filter ? describeFilter(filter) : null,
    },
    via: input.via,
  });
}

/** A saved list as the command line reads it: any list of the association, shared or not. */
export async function getListForExport(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('saved_lists')
    .select(['id', 'filter', 'columns'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `No list ${id} in this association`);
  // Stored from validated input; parsed again so defaults of newer versions apply.
  return { id: row.id, filter: FilterGroup.parse(row.filter), columns: row.columns };
}
