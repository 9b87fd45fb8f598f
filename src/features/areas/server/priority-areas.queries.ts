import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { PriorityArea } from '../areas.contract.ts';

const unique = (codes: string[]) => [...new Set(codes)].sort();

function selectAreas(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('priority_areas')
    .select(['id', 'name', 'district_codes', 'created_at'])
    .where('organization_id', '=', organizationId);
}

function present(row: {
  id: string;
  name: string;
  district_codes: string[];
  created_at: Date;
}): PriorityArea {
  return {
    id: row.id,
    name: row.name,
    districtCodes: row.district_codes,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listPriorityAreas(db: Kysely<DB>, organizationId: string) {
  const rows = await selectAreas(db, organizationId).orderBy('name').execute();
  return rows.map(present);
}

export async function getPriorityArea(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await selectAreas(db, organizationId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such priority area');
  return present(row);
}

async function assertNameFree(db: Kysely<DB>, organizationId: string, name: string, id?: string) {
  let query = selectAreas(db, organizationId).where('name', '=', name);
  if (id) query = query.where('id', '!=', id);
  if (await query.executeTakeFirst())
    throw new AppError('conflict', 'A priority area with that name exists', {
      errors: [
        { path: 'body.name', code: 'taken', message: 'A priority area with that name exists' },
      ],
    });
}

export async function createPriorityArea(
  db: Kysely<DB>,
  organizationId: string,
  input: { name: string; districtCodes: string[]; createdBy: string | null },
) {
  await assertNameFree(db, organizationId, input.name);
  const row = await db
    .insertInto('priority_areas')
    .values({
      organization_id: organizationId,
      name: input.name,
      district_codes: unique(input.districtCodes),
      created_by: input.createdBy,
    })
    .returning(['id', 'name', 'district_codes', 'created_at'])
    .executeTakeFirstOrThrow();
  return present(row);
}

export async function updatePriorityArea(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: { name?: string; districtCodes?: string[] },
) {
  await getPriorityArea(db, organizationId, id);
  if (patch.name !== undefined) await assertNameFree(db, organizationId, patch.name, id);
  await db
    .updateTable('priority_areas')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.districtCodes ? { district_codes: unique(patch.districtCodes) } : {}),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
  return getPriorityArea(db, organizationId, id);
}

export async function deletePriorityArea(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('priority_areas')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('not_found', 'No such priority area');
}
