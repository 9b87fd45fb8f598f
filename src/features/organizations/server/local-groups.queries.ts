import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { invalidate, localGroupKey, personKey } from '../../../platform/server/invalidation.ts';
import type { LocalGroup } from '../organizations.contract.ts';

/** Ids of the local groups a person coordinates. */
export async function listCoordinatedLocalGroupIds(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('local_groups')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('coordinator_id', '=', personId)
    .execute();
  return rows.map((row) => row.id);
}

function selectLocalGroups(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('local_groups as g')
    .leftJoin('people as c', 'c.id', 'g.coordinator_id')
    .select([
      'g.id',
      'g.name',
      'g.area_description',
      'c.id as coordinator_id',
      'c.first_name as coordinator_first_name',
      'c.last_name as coordinator_last_name',
      sql<number>`(select count(*)::int from people p where p.local_group_id = g.id and p.is_member)`.as(
        'member_count',
      ),
    ])
    .where('g.organization_id', '=', organizationId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectLocalGroups>['executeTakeFirstOrThrow']>>;

function present(row: Row): LocalGroup {
  return {
    id: row.id,
    name: row.name,
    areaDescription: row.area_description,
    coordinator: row.coordinator_id
      ? {
          id: row.coordinator_id,
          firstName: row.coordinator_first_name ?? '',
          lastName: row.coordinator_last_name ?? '',
        }
      : null,
    memberCount: row.member_count,
  };
}

export async function listLocalGroups(db: Kysely<DB>, organizationId: string) {
  const rows = await selectLocalGroups(db, organizationId).orderBy('g.name').execute();
  return rows.map(present);
}

/** One local group of the organization; 404 for another organization's id. */
export async function getLocalGroup(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await selectLocalGroups(db, organizationId).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such local group');
  return present(row);
}

function coordinatorError(code: string, message: string) {
  return new AppError('validation', message, {
    errors: [{ path: 'body.coordinatorId', code, message }],
  });
}

/** A coordinator is a person of the association in this group, or in none yet. */
async function checkCoordinator(
  db: Kysely<DB>,
  organizationId: string,
  personId: string | null,
  groupId: string | null,
) {
  if (!personId) return;
  const person = await db
    .selectFrom('people')
    .select(['id', 'local_group_id'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw coordinatorError('not_found', 'No such person');
  if (person.local_group_id && person.local_group_id !== groupId) {
    throw coordinatorError('in_other_group', 'The person belongs to another local group');
  }
}

/**
 * Makes a person the group's coordinator in full: a member of the group, and an account that
 * may act as coordinator (an activist's account is raised to coordinator; higher roles stay).
 */
async function assignCoordinator(
  db: Kysely<DB>,
  organizationId: string,
  groupId: string,
  personId: string,
) {
  await db
    .updateTable('people')
    .set({ local_group_id: groupId, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .execute();
  await db
    .updateTable('accounts')
    .set({ role: 'coordinator' })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('role', '=', 'activist')
    .execute();
  await invalidate(db, personKey(personId));
}

async function checkNameFree(db: Kysely<DB>, organizationId: string, name: string, id?: string) {
  let query = db
    .selectFrom('local_groups')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('name', '=', name);
  if (id) query = query.where('id', '!=', id);
  if (await query.executeTakeFirst()) {
    throw new AppError('conflict', 'A local group with that name exists', {
      errors: [
        { path: 'body.name', code: 'taken', message: 'A local group with that name exists' },
      ],
    });
  }
}

export async function createLocalGroup(
  db: Kysely<DB>,
  organizationId: string,
  input: { name: string; areaDescription: string; coordinatorId: string | null },
) {
  await checkNameFree(db, organizationId, input.name);
  await checkCoordinator(db, organizationId, input.coordinatorId, null);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('local_groups')
      .values({
        organization_id: organizationId,
        name: input.name,
        area_description: input.areaDescription,
        coordinator_id: input.coordinatorId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.coordinatorId) {
      await assignCoordinator(trx, organizationId, row.id, input.coordinatorId);
    }
    return row.id;
  });
  return getLocalGroup(db, organizationId, id);
}

export async function updateLocalGroup(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: { name?: string; areaDescription?: string; coordinatorId?: string | null },
) {
  await getLocalGroup(db, organizationId, id);
  if (patch.name !== undefined) await checkNameFree(db, organizationId, patch.name, id);
  if (patch.coordinatorId !== undefined) {
    await checkCoordinator(db, organizationId, patch.coordinatorId, id);
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('local_groups')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.areaDescription !== undefined ? { area_description: patch.areaDescription } : {}),
        ...(patch.coordinatorId !== undefined ? { coordinator_id: patch.coordinatorId } : {}),
        updated_at: new Date(),
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .execute();
    // The former coordinator's sessions no longer coordinate it.
    if (patch.coordinatorId !== undefined) await invalidate(trx, localGroupKey(id));
    if (patch.coordinatorId) await assignCoordinator(trx, organizationId, id, patch.coordinatorId);
  });
  return getLocalGroup(db, organizationId, id);
}

export async function deleteLocalGroup(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('local_groups')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', 'No such local group');
  await invalidate(db, localGroupKey(id));
}

export async function listLocalGroupMembers(db: Kysely<DB>, organizationId: string, id: string) {
  await getLocalGroup(db, organizationId, id);
  const rows = await db
    .selectFrom('people')
    .select(['id', 'first_name', 'last_name', 'email', 'phone', 'is_member'])
    .where('organization_id', '=', organizationId)
    .where('local_group_id', '=', id)
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    isMember: row.is_member,
  }));
}
