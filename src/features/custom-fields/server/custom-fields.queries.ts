import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { CustomField } from '../custom-fields.contract.ts';

const columns = ['id', 'label', 'kind', 'options', 'position'] as const;

export async function listCustomFields(
  db: Kysely<DB>,
  organizationId: string,
): Promise<CustomField[]> {
  return db
    .selectFrom('custom_fields')
    .select(columns)
    .where('organization_id', '=', organizationId)
    .orderBy('position')
    .orderBy('label')
    .execute();
}

export async function getCustomField(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('custom_fields')
    .select(columns)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such custom field');
  return row;
}

async function checkLabel(db: Kysely<DB>, organizationId: string, label: string, id?: string) {
  let query = db
    .selectFrom('custom_fields')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('label', '=', label);
  if (id) query = query.where('id', '!=', id);
  if (await query.executeTakeFirst()) {
    throw new AppError('conflict', 'A field with that name exists', {
      errors: [{ path: 'body.label', code: 'taken', message: 'A field with that name exists' }],
    });
  }
}

function checkOptions(kind: CustomField['kind'], options: string[]) {
  const needsOptions = kind === 'choice' || kind === 'multi_choice';
  if (needsOptions !== options.length > 0 || new Set(options).size !== options.length) {
    throw new AppError('validation', 'Choices are for choice fields, and each once', {
      errors: [
        {
          path: 'body.options',
          code: needsOptions ? 'options_required' : 'options_not_allowed',
          message: 'Choice fields need distinct choices; other fields have none',
        },
      ],
    });
  }
}

export async function createCustomField(
  db: Kysely<DB>,
  organizationId: string,
  input: { label: string; kind: CustomField['kind']; options: string[] },
) {
  await checkLabel(db, organizationId, input.label);
  checkOptions(input.kind, input.options);
  const last = await db
    .selectFrom('custom_fields')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return db
    .insertInto('custom_fields')
    .values({
      organization_id: organizationId,
      label: input.label,
      kind: input.kind,
      options: JSON.stringify(input.options),
      position: (last?.position ?? -1) + 1,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function updateCustomField(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: { label?: string; options?: string[]; position?: number },
) {
  const field = await getCustomField(db, organizationId, id);
  if (patch.label !== undefined) await checkLabel(db, organizationId, patch.label, id);
  if (patch.options !== undefined) checkOptions(field.kind, patch.options);
  const changes = {
    ...(patch.label !== undefined ? { label: patch.label } : {}),
    ...(patch.options !== undefined ? { options: JSON.stringify(patch.options) } : {}),
    ...(patch.position !== undefined ? { position: patch.position } : {}),
  };
  // An empty change (`{}`) changes nothing and answers the field as it is.
  if (Object.keys(changes).length > 0) {
    await db
      .updateTable('custom_fields')
      .set(changes)
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .execute();
  }
  return getCustomField(db, organizationId, id);
}

/** Deletes the field and removes its value from every person of the association. */
export async function deleteCustomField(db: Kysely<DB>, organizationId: string, id: string) {
  await getCustomField(db, organizationId, id);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ custom: sql<string>`custom - ${id}::text` })
      .where('organization_id', '=', organizationId)
      .where(sql<boolean>`custom ? ${id}::text`)
      .execute();
    await trx.deleteFrom('custom_fields').where('id', '=', id).execute();
  });
}
