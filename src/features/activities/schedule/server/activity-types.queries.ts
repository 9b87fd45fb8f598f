import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { defaultActivityTypes, reportKinds, type ReportKind } from '../activity-types.contract.ts';

const columns = ['id', 'key', 'name', 'position', 'is_archived'] as const;

function present(row: {
  id: string;
  key: string | null;
  name: string;
  position: number;
  is_archived: boolean;
}) {
  const known = defaultActivityTypes.find((type) => type.key === row.key);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    position: row.position,
    isArchived: row.is_archived,
    reportKinds: known ? [...known.reportKinds] : ([...reportKinds] as ReportKind[]),
  };
}

/** Gives an association the activity plan's own types; those it already has are left alone. */
export async function seedActivityTypes(db: Kysely<DB>, organizationId: string) {
  await db
    .insertInto('activity_types')
    .values(
      defaultActivityTypes.map((type, index) => ({
        organization_id: organizationId,
        key: type.key,
        name: type.name,
        position: index + 1,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listActivityTypes(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('activity_types')
    .select(columns)
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(present);
}

/** The type's id within the association, or a field error; archived types are not offered. */
export async function assertUsableType(db: Kysely<DB>, organizationId: string, typeId: string) {
  const row = await db
    .selectFrom('activity_types')
    .select('is_archived')
    .where('organization_id', '=', organizationId)
    .where('id', '=', typeId)
    .executeTakeFirst();
  if (!row || row.is_archived) {
    throw new AppError('validation', 'Choose an activity type', {
      errors: [{ path: 'body.typeId', code: 'unknown_type', message: 'No such activity type' }],
    });
  }
}

function nameTaken(error: unknown) {
  if ((error as { code?: string }).code === '23505') {
    return new AppError('conflict', 'There is already a type with that name', {
      errors: [{ path: 'body.name', code: 'taken', message: 'Name taken' }],
    });
  }
  return error;
}

export async function createActivityType(db: Kysely<DB>, organizationId: string, name: string) {
  const last = await db
    .selectFrom('activity_types')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  try {
    const row = await db
      .insertInto('activity_types')
      .values({ organization_id: organizationId, name, position: (last?.position ?? 0) + 1 })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return present(row);
  } catch (error) {
    throw nameTaken(error);
  }
}

export async function updateActivityType(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: { name?: string; position?: number; isArchived?: boolean },
) {
  try {
    const row = await db
      .updateTable('activity_types')
      .set((eb) => ({
        name: patch.name ?? eb.ref('name'),
        position: patch.position ?? eb.ref('position'),
        is_archived: patch.isArchived ?? eb.ref('is_archived'),
      }))
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such activity type');
    return present(row);
  } catch (error) {
    throw nameTaken(error);
  }
}
