import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

// The demo register's tags, custom fields and a saved list: a fixed pattern over the people.

const tagGroups = [
  {
    name: 'Vill hjälpa till med',
    tags: [
      ['Flygblad', '#c8102e'],
      ['Dörrknackning', '#8a1538'],
      ['Valstuga', '#b35c00'],
      ['Sociala medier', '#1c5d99'],
    ],
  },
  {
    name: 'Kan',
    tags: [
      ['Tolka arabiska', '#2e7d32'],
      ['Tolka somaliska', '#2e7d32'],
      ['Har körkort', '#5d4037'],
    ],
  },
] as const;

/** Tags in two groups, each on every few people in a fixed pattern. */
async function addTags(db: Kysely<DB>, organization_id: string, personIds: string[]) {
  let step = 3;
  for (const group of tagGroups) {
    const { id: tag_group_id } = await db
      .insertInto('tag_groups')
      .values({ organization_id, name: group.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [name, colour] of group.tags) {
      const tag = await db
        .insertInto('tags')
        .values({ organization_id, tag_group_id, name, colour })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tagged = personIds.filter((_, index) => index % step === step - 1);
      await db
        .insertInto('person_tags')
        .values(tagged.map((person_id) => ({ organization_id, person_id, tag_id: tag.id })))
        .execute();
      step += 1;
    }
  }
}

const sizes = ['S', 'M', 'L', 'XL'];
const languages = ['arabiska', 'somaliska', 'finska', 'tigrinja', 'spanska'];

/** Three fields of the kinds associations keep, with values on some people. */
async function addCustomFields(db: Kysely<DB>, organization_id: string, personIds: string[]) {
  const field = (
    label: string,
    kind: 'choice' | 'multi_choice' | 'yes_no',
    options: string[],
    position: number,
  ) =>
    db
      .insertInto('custom_fields')
      .values({ organization_id, label, kind, options: JSON.stringify(options), position })
      .returning('id')
      .executeTakeFirstOrThrow();
  const size = await field('Tröjstorlek', 'choice', sizes, 0);
  const speaks = await field('Talar', 'multi_choice', languages, 1);
  const car = await field('Kan köra bil', 'yes_no', [], 2);
  for (const [index, id] of personIds.entries()) {
    const values: Record<string, unknown> = {};
    if (index % 2 === 0) values[size.id] = sizes[index % sizes.length];
    if (index % 5 === 1) values[speaks.id] = [languages[index % languages.length], 'spanska'];
    if (index % 3 === 0) values[car.id] = index % 6 === 0;
    if (Object.keys(values).length === 0) continue;
    await db
      .updateTable('people')
      .set({ custom: JSON.stringify(values) })
      .where('id', '=', id)
      .execute();
  }
}

/** Tags, custom fields and a shared saved list for the demo association. */
export async function addRegisterData(
  db: Kysely<DB>,
  input: { organization_id: string; personIds: string[]; listOwnerId: string },
) {
  const { organization_id, personIds, listOwnerId } = input;
  await addTags(db, organization_id, personIds);
  await addCustomFields(db, organization_id, personIds);
  const flyers = await db
    .selectFrom('tags')
    .select('id')
    .where('organization_id', '=', organization_id)
    .where('name', '=', 'Flygblad')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('saved_lists')
    .values({
      organization_id,
      owner_account_id: listOwnerId,
      name: 'Vill dela ut flygblad, medlemmar',
      description: 'Medlemmar som sagt att de vill hjälpa till med flygblad.',
      filter: JSON.stringify({
        type: 'group',
        op: 'and',
        not: false,
        conditions: [
          { type: 'tag', tagIds: [flyers.id], match: 'any' },
          { type: 'membership', isMember: true },
        ],
      }),
      sort: JSON.stringify({ field: 'lastName', direction: 'asc' }),
      is_shared: true,
    })
    .execute();
}
