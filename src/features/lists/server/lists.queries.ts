import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { FilterGroup, Sort } from '../lists.contract.ts';

export interface ListViewer {
  organizationId: string;
  accountId: string;
}

function selectLists(db: Kysely<DB>, viewer: ListViewer) {
  return db
    .selectFrom('saved_lists as l')
    .leftJoin('accounts as a', 'a.id', 'l.owner_account_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'l.id',
      'l.name',
      'l.description',
      'l.filter',
      'l.sort',
      'l.columns',
      'l.is_shared',
      'l.owner_account_id',
      'l.updated_at',
      'p.first_name',
      'p.last_name',
    ])
    .where('l.organization_id', '=', viewer.organizationId)
    .where((eb) =>
      eb.or([eb('l.owner_account_id', '=', viewer.accountId), eb('l.is_shared', '=', true)]),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof selectLists>['executeTakeFirstOrThrow']>>;

function present(row: Row, viewer: ListViewer) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    // Stored by this code from validated input; parsed again so defaults of newer versions apply.
    filter: FilterGroup.parse(row.filter),
    sort: Sort.parse(row.sort),
    columns: row.columns,
    isShared: row.is_shared,
    owner: row.owner_account_id
      ? {
          accountId: row.owner_account_id,
          firstName: row.first_name ?? '',
          lastName: row.last_name ?? '',
        }
      : null,
    isMine: row.owner_account_id === viewer.accountId,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listLists(db: Kysely<DB>, viewer: ListViewer) {
  const rows = await selectLists(db, viewer).orderBy('l.name').execute();
  return rows.map((row) => present(row, viewer));
}

/** A list the viewer may see (their own or shared); another's private list is not found. */
export async function getList(db: Kysely<DB>, viewer: ListViewer, id: string) {
  const row = await selectLists(db, viewer).where('l.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such list');
  return present(row, viewer);
}

export interface ListValues {
  name?: string;
  description?: string;
  filter?: FilterGroup;
  sort?: Sort;
  columns?: string[];
  isShared?: boolean;
}

function toColumns(values: ListValues) {
  return {
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.description !== undefined ? { description: values.description } : {}),
    ...(values.filter !== undefined ? { filter: JSON.stringify(values.filter) } : {}),
    ...(values.sort !== undefined ? { sort: JSON.stringify(values.sort) } : {}),
    ...(values.columns !== undefined ? { columns: JSON.stringify(values.columns) } : {}),
    ...(values.isShared !== undefined ? { is_shared: values.isShared } : {}),
  };
}

export async function createList(
  db: Kysely<DB>,
  viewer: ListViewer,
  values: Required<Omit<ListValues, 'description'>> & { description: string },
) {
  const row = await db
    .insertInto('saved_lists')
    .values({
      organization_id: viewer.organizationId,
      owner_account_id: viewer.accountId,
      name: values.name,
      filter: JSON.stringify(values.filter),
      sort: JSON.stringify(values.sort),
      ...toColumns(values),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getList(db, viewer, row.id);
}

/** The owner changes a list; a shared list may be changed by any organizer, but not unshared. */
export async function updateList(
  db: Kysely<DB>,
  viewer: ListViewer,
  id: string,
  values: ListValues,
) {
  const list = await getList(db, viewer, id);
  if (!list.isMine && values.isShared === false) {
    throw new AppError('forbidden', 'Only the owner stops sharing a list');
  }
  await db
    .updateTable('saved_lists')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('organization_id', '=', viewer.organizationId)
    .where('id', '=', id)
    .execute();
  return getList(db, viewer, id);
}

export async function deleteList(db: Kysely<DB>, viewer: ListViewer, id: string) {
  const list = await getList(db, viewer, id);
  if (!list.isMine) throw new AppError('forbidden', 'Only the owner deletes a list');
  await db
    .deleteFrom('saved_lists')
    .where('organization_id', '=', viewer.organizationId)
    .where('id', '=', id)
    .execute();
}
