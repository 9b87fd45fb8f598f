import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { BoardRole, BoardRoleInput, BoardRolePatch } from '../meeting-records.contract.ts';
import { assertPeopleExist, namesOf, refOf } from './people-names.queries.ts';

// Who on the board answers for what: shown on the association's page.

export async function listBoardRoles(
  db: Kysely<DB>,
  organizationId: string,
  onlyId?: string,
): Promise<z.output<typeof BoardRole>[]> {
  let select = db
    .selectFrom('board_roles')
    .select(['id', 'title', 'description', 'person_id', 'position'])
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .orderBy('title');
  if (onlyId) select = select.where('id', '=', onlyId);
  const rows = await select.execute();
  const names = await namesOf(
    db,
    organizationId,
    rows.map((row) => row.person_id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    person: refOf(names, row.person_id),
    position: row.position,
  }));
}

function taken(error: unknown): never {
  if ((error as { code?: string }).code === '23505') {
    throw new AppError('conflict', 'There is already a responsibility by that name', {
      errors: [{ path: 'body.title', code: 'taken', message: 'Already named' }],
    });
  }
  throw error;
}

export async function createBoardRole(
  db: Kysely<DB>,
  organizationId: string,
  input: z.output<typeof BoardRoleInput>,
) {
  await assertPeopleExist(db, organizationId, [input.personId], 'body.personId');
  const row = await db
    .insertInto('board_roles')
    .values({
      organization_id: organizationId,
      title: input.title,
      description: input.description,
      person_id: input.personId,
      position: input.position,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .catch(taken);
  const [role] = await listBoardRoles(db, organizationId, row.id);
  return role!;
}

export async function updateBoardRole(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: z.output<typeof BoardRolePatch>,
) {
  await assertPeopleExist(db, organizationId, [patch.personId], 'body.personId');
  await db
    .updateTable('board_roles')
    .set({
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.personId !== undefined && { person_id: patch.personId }),
      ...(patch.position !== undefined && { position: patch.position }),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
    .catch(taken);
  const [role] = await listBoardRoles(db, organizationId, id);
  if (!role) throw new AppError('not_found', 'No such responsibility');
  return role;
}

export async function deleteBoardRole(db: Kysely<DB>, organizationId: string, id: string) {
  const deleted = await db
    .deleteFrom('board_roles')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (deleted.numDeletedRows === 0n) throw new AppError('not_found', 'No such responsibility');
}
