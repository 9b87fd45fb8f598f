import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { normalizePhone } from '../../../../platform/shared/phone.ts';

export async function getProfile(db: Kysely<DB>, organizationId: string, personId: string) {
  const row = await db
    .selectFrom('people as p')
    .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
      'p.is_member',
      'g.id as group_id',
      'g.name as group_name',
    ])
    .where('p.organization_id', '=', organizationId)
    .where('p.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such person');
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    isMember: row.is_member,
    localGroup: row.group_id ? { id: row.group_id, name: row.group_name ?? '' } : null,
  };
}

export async function updateProfile(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  patch: {
    firstName?: string;
    lastName?: string;
    phone?: string | null;
    localGroupId?: string | null;
  },
) {
  let phone: string | null | undefined = undefined;
  if (patch.phone !== undefined) {
    phone = patch.phone === null || patch.phone === '' ? null : normalizePhone(patch.phone);
    if (phone === null && patch.phone) {
      throw new AppError('validation', 'Not a phone number', {
        errors: [{ path: 'body.phone', code: 'invalid_phone', message: 'Not a phone number' }],
      });
    }
  }
  if (patch.localGroupId) {
    const group = await db
      .selectFrom('local_groups')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', patch.localGroupId)
      .executeTakeFirst();
    if (!group) {
      throw new AppError('validation', 'No such local group', {
        errors: [{ path: 'body.localGroupId', code: 'not_found', message: 'No such local group' }],
      });
    }
  }
  await db
    .updateTable('people')
    .set({
      ...(patch.firstName !== undefined ? { first_name: patch.firstName } : {}),
      ...(patch.lastName !== undefined ? { last_name: patch.lastName } : {}),
      ...(phone !== undefined ? { phone } : {}),
      ...(patch.localGroupId !== undefined ? { local_group_id: patch.localGroupId } : {}),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .execute();
  return getProfile(db, organizationId, personId);
}
