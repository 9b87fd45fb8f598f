import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { EventBus } from '../../../platform/server/events.ts';
import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { listPersonReferences } from '../../../platform/server/person-references.ts';
import type { mergeableFields } from '../duplicates.contract.ts';

type Field = (typeof mergeableFields)[number];

const columnOf: Record<Field, keyof DB['people'] & string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  address: 'address',
  postcode: 'postcode',
  city: 'city',
  gender: 'gender',
  birthYear: 'birth_year',
  isMember: 'is_member',
  memberNumber: 'member_number',
  memberSince: 'member_since',
  membershipStatus: 'membership_status',
  localGroupId: 'local_group_id',
  notes: 'notes',
};

/**
 * Merges `mergeId` into `keepId` inside the caller's transaction: chosen fields come from the
 * merged person and empty fields of the kept one are filled; every module's `personData.merge`
 * settles its rows; every row that pointed at the merged person (found from the foreign keys)
 * now points at the kept one; then the merged row is deleted.
 */
export async function mergePeople(
  db: Kysely<DB>,
  parts: PersonDataPart[],
  input: { organizationId: string; keepId: string; mergeId: string; take: Field[] },
  events: EventBus,
) {
  if (input.keepId === input.mergeId) {
    throw new AppError('validation', 'A person cannot be merged with themselves', {
      errors: [{ path: 'body.mergeId', code: 'same_person', message: 'Same person' }],
    });
  }
  const [keep, merge] = await Promise.all(
    [input.keepId, input.mergeId].map((id) =>
      db
        .selectFrom('people')
        .selectAll()
        .where('organization_id', '=', input.organizationId)
        .where('id', '=', id)
        .where('erased_at', 'is', null)
        .executeTakeFirst(),
    ),
  );
  if (!keep || !merge) throw new AppError('not_found', 'No such person');
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columnOf) as [Field, string][]) {
    const kept = keep[column as keyof typeof keep];
    const merged = merge[column as keyof typeof merge];
    const isEmpty = kept === null || kept === '';
    if (input.take.includes(field) || (isEmpty && merged !== null && merged !== '')) {
      values[column] = merged;
    }
  }
  const custom = { ...merge.custom, ...keep.custom };

  // Each module settles what cannot simply move (a tag or a seat both have, two sign-ups to one
  // shift, two accounts); then every reference moves to the kept person.
  const scope = { organizationId: input.organizationId, keepId: keep.id, mergeId: merge.id };
  for (const part of [...parts].reverse()) await part.merge?.(db, scope, events);
  for (const { table_name, column_name } of await listPersonReferences(db)) {
    await sql`update ${sql.table(table_name)} set ${sql.ref(column_name)} = ${keep.id}
      where ${sql.ref(column_name)} = ${merge.id}`.execute(db);
  }
  await db.deleteFrom('people').where('id', '=', merge.id).execute();
  // An account, or a group to coordinate, may have moved to the person kept.
  await db
    .updateTable('people')
    .set({ ...values, custom: JSON.stringify(custom), updated_at: new Date() })
    .where('id', '=', keep.id)
    .execute();
}
