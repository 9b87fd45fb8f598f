import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { LocalGroupDistricts } from '../areas.contract.ts';

/** Every local group of the association with its districts (none yet: an empty list). */
export async function listLocalGroupDistricts(
  db: Kysely<DB>,
  organizationId: string,
  groupId?: string,
): Promise<LocalGroupDistricts[]> {
  let groupsQuery = db
    .selectFrom('local_groups')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId);
  if (groupId) groupsQuery = groupsQuery.where('id', '=', groupId);
  let codesQuery = db
    .selectFrom('local_group_districts')
    .select(['local_group_id', 'district_code'])
    .where('organization_id', '=', organizationId);
  if (groupId) codesQuery = codesQuery.where('local_group_id', '=', groupId);
  const [groups, codes] = await Promise.all([
    groupsQuery.orderBy('name').execute(),
    codesQuery.orderBy('district_code').execute(),
  ]);
  const names = await districtNames(db, organizationId, [
    ...new Set(codes.map((c) => c.district_code)),
  ]);
  return groups.map((group) => {
    const own = codes.filter((c) => c.local_group_id === group.id).map((c) => c.district_code);
    return {
      localGroupId: group.id,
      name: group.name,
      districtCodes: own,
      districtNames: Object.fromEntries(
        own.flatMap((code) => (names.has(code) ? [[code, names.get(code)!]] : [])),
      ),
    };
  });
}

/** Each code's name in the latest import that has it (a code may be in several elections). */
async function districtNames(db: Kysely<DB>, organizationId: string, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('election_districts as d')
    .innerJoin('elections as e', 'e.id', 'd.election_id')
    .select(['d.code', 'd.name'])
    .where('d.organization_id', '=', organizationId)
    .where('d.code', 'in', codes)
    .orderBy('e.imported_at')
    .execute();
  // Later imports come last and win.
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function getLocalGroupDistricts(db: Kysely<DB>, organizationId: string, id: string) {
  const [group] = await listLocalGroupDistricts(db, organizationId, id);
  if (!group) throw new AppError('not_found', 'No such local group');
  return group;
}

/** Replaces a group's districts; run in a transaction. */
export async function setLocalGroupDistricts(
  trx: Kysely<DB>,
  organizationId: string,
  id: string,
  districtCodes: string[],
) {
  await getLocalGroupDistricts(trx, organizationId, id);
  await trx
    .deleteFrom('local_group_districts')
    .where('organization_id', '=', organizationId)
    .where('local_group_id', '=', id)
    .execute();
  const codes = [...new Set(districtCodes)];
  if (codes.length > 0)
    await trx
      .insertInto('local_group_districts')
      .values(
        codes.map((code) => ({
          organization_id: organizationId,
          local_group_id: id,
          district_code: code,
        })),
      )
      .execute();
  return getLocalGroupDistricts(trx, organizationId, id);
}
