import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

function selectTags(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('tags as t')
    .select([
      't.id',
      't.name',
      't.colour',
      't.tag_group_id as groupId',
      sql<number>`(select count(*)::int from person_tags pt where pt.tag_id = t.id)`.as(
        'personCount',
      ),
    ])
    .where('t.organization_id', '=', organizationId);
}

export async function listTags(db: Kysely<DB>, organizationId: string) {
  const [groups, items] = await Promise.all([
    db
      .selectFrom('tag_groups')
      .select(['id', 'name'])
      .where('organization_id', '=', organizationId)
      .orderBy('name')
      .execute(),
    selectTags(db, organizationId).orderBy('t.name').execute(),
  ]);
  return { groups, items };
}

export async function getTag(db: Kysely<DB>, organizationId: string, id: string) {
  const tag = await selectTags(db, organizationId).where('t.id', '=', id).executeTakeFirst();
  if (!tag) throw new AppError('not_found', 'No such tag');
  return tag;
}

function fieldError(field: string, code: string, message: string) {
  return new AppError(code === 'taken' ? 'conflict' : 'validation', message, {
    errors: [{ path: `body.${field}`, code, message }],
  });
}

async function checkTag(
  db: Kysely<DB>,
  organizationId: string,
  values: { name?: string; groupId?: string | null },
  id?: string,
) {
  if (values.name !== undefined) {
    let query = db
      .selectFrom('tags')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('name', '=', values.name);
    if (id) query = query.where('id', '!=', id);
    if (await query.executeTakeFirst())
      throw fieldError('name', 'taken', 'A tag with that name exists');
  }
  if (values.groupId) {
    const group = await db
      .selectFrom('tag_groups')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', values.groupId)
      .executeTakeFirst();
    if (!group) throw fieldError('groupId', 'not_found', 'No such tag group');
  }
}

export async function createTag(
  db: Kysely<DB>,
  organizationId: string,
  input: { name: string; colour: string; groupId: string | null },
) {
  await checkTag(db, organizationId, input);
  const row = await db
    .insertInto('tags')
    .values({
      organization_id: organizationId,
      name: input.name,
      colour: input.colour,
      tag_group_id: input.groupId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getTag(db, organizationId, row.id);
}

export async function updateTag(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: { name?: string; colour?: string; groupId?: string | null },
) {
  await getTag(db, organizationId, id);
  await checkTag(db, organizationId, patch, id);
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.colour !== undefined ? { colour: patch.colour } : {}),
    ...(patch.groupId !== undefined ? { tag_group_id: patch.groupId } : {}),
  };
  // An empty change (`{}`) changes nothing and answers the tag as it is.
  if (Object.keys(changes).length > 0) {
    await db
      .updateTable('tags')
      .set(changes)
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .execute();
  }
  return getTag(db, organizationId, id);
}

export async function deleteTag(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('tags')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', 'No such tag');
}

export async function createTagGroup(db: Kysely<DB>, organizationId: string, name: string) {
  const existing = await db
    .selectFrom('tag_groups')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) throw fieldError('name', 'taken', 'A tag group with that name exists');
  return db
    .insertInto('tag_groups')
    .values({ organization_id: organizationId, name })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function deleteTagGroup(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('tag_groups')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', 'No such tag group');
}

/** The tags of each of these people, for showing them with their records. */
export async function listTagsOfPeople(
  db: Kysely<DB>,
  organizationId: string,
  personIds: string[],
) {
  const byPerson = new Map<string, { id: string; name: string; colour: string }[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom('person_tags as pt')
    .innerJoin('tags as t', 't.id', 'pt.tag_id')
    .select(['pt.person_id', 't.id', 't.name', 't.colour'])
    .where('pt.organization_id', '=', organizationId)
    .where('pt.person_id', 'in', personIds)
    .orderBy('t.name')
    .execute();
  for (const row of rows) {
    const list = byPerson.get(row.person_id) ?? [];
    list.push({ id: row.id, name: row.name, colour: row.colour });
    byPerson.set(row.person_id, list);
  }
  return byPerson;
}

/**
 * Adds or removes tags on many people in one statement each way. Ids of other associations'
 * people or tags are refused as a whole (404), so nothing is half done.
 */
export async function tagPeople(
  db: Kysely<DB>,
  input: {
    organizationId: string;
    accountId: string;
    personIds: string[];
    tagIds: string[];
    action: 'add' | 'remove';
    /** 'all', or the local groups the caller reaches. */
    groupIds: string[] | 'all';
  },
): Promise<number> {
  const personIds = [...new Set(input.personIds)];
  const tagIds = [...new Set(input.tagIds)];
  let people = db
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', input.organizationId)
    .where('id', 'in', personIds);
  if (input.groupIds !== 'all') {
    people = input.groupIds.length
      ? people.where('local_group_id', 'in', input.groupIds)
      : people.where(sql<boolean>`false`);
  }
  const [foundPeople, foundTags] = await Promise.all([
    people.execute(),
    db
      .selectFrom('tags')
      .select('id')
      .where('organization_id', '=', input.organizationId)
      .where('id', 'in', tagIds)
      .execute(),
  ]);
  if (foundPeople.length !== personIds.length) throw new AppError('not_found', 'No such person');
  if (foundTags.length !== tagIds.length) throw new AppError('not_found', 'No such tag');

  if (input.action === 'remove') {
    const result = await db
      .deleteFrom('person_tags')
      .where('organization_id', '=', input.organizationId)
      .where('person_id', 'in', personIds)
      .where('tag_id', 'in', tagIds)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
  const values = personIds.flatMap((personId) =>
    tagIds.map((tagId) => ({
      organization_id: input.organizationId,
      person_id: personId,
      tag_id: tagId,
      created_by: input.accountId,
    })),
  );
  let changed = 0;
  // Batches keep each statement well under PostgreSQL's 65,535 parameters.
  for (let start = 0; start < values.length; start += 5000) {
    const result = await db
      .insertInto('person_tags')
      .values(values.slice(start, start + 5000))
      .onConflict((oc) => oc.columns(['person_id', 'tag_id']).doNothing())
      .executeTakeFirst();
    changed += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return changed;
}
