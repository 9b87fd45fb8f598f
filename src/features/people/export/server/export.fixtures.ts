import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { createCustomField } from '../../../custom-fields/server/custom-fields.queries.ts';
import {
  buildLocalGroup,
  buildOrganization,
} from '../../../organizations/organizations.factories.ts';
import { buildPerson } from '../../register/people.factories.ts';

// A register using every column an export has: codes with leading zeros, dates, numbers, tags
// and a custom field of each kind. Invented people only.

const FIELDS = [
  { label: 'Favoritdryck', kind: 'text', options: [] },
  { label: 'Betalt belopp', kind: 'number', options: [] },
  { label: 'Senast kontaktad', kind: 'date', options: [] },
  { label: 'Tröjstorlek', kind: 'choice', options: ['S', 'M', 'L'] },
  { label: 'Intressen', kind: 'multi_choice', options: ['Miljö', 'Skola', 'Vård'] },
  { label: 'Vill ringa', kind: 'yes_no', options: [] },
  { label: 'Hemsida', kind: 'url', options: [] },
] as const;

/** An association with its local groups and custom fields, and nobody in it. */
export async function createEmptyAssociation(db: Kysely<DB>, slug: string) {
  const org = await db
    .insertInto('organizations')
    .values(buildOrganization({ slug }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const groups = await db
    .insertInto('local_groups')
    .values(['Norra', 'Södra'].map((name) => buildLocalGroup({ organization_id: org.id, name })))
    .returning(['id', 'name'])
    .execute();
  const fields: Record<string, string> = {};
  for (const field of FIELDS) {
    const created = await createCustomField(db, org.id, { ...field, options: [...field.options] });
    fields[field.label] = created.id;
  }
  return { id: org.id, groupIds: groups.map((group) => group.id), fields };
}

/** The association above with three people in it, two of them tagged. */
export async function createFullRegister(db: Kysely<DB>, slug: string) {
  const org = await createEmptyAssociation(db, slug);
  const f = org.fields;
  const people = await db
    .insertInto('people')
    .values([
      buildPerson({
        organization_id: org.id,
        first_name: 'Åsa',
        last_name: 'Nyström',
        email: 'asa.nystrom@example.org',
        phone: '+46701740605',
        address: 'Storgatan 1; lgh 2',
        postcode: '012 34',
        city: 'Västerås',
        gender: 'woman',
        birth_year: 1980,
        member_number: '000123',
        member_since: '2021-03-05',
        local_group_id: org.groupIds[0],
        notes: 'Ringer helst på kvällen.\nHar bil.',
        custom: JSON.stringify({
          [f['Favoritdryck']!]: 'Kaffe',
          [f['Betalt belopp']!]: 12.5,
          [f['Senast kontaktad']!]: '2024-06-01',
          [f['Tröjstorlek']!]: 'M',
          [f['Intressen']!]: ['Miljö', 'Vård'],
          [f['Vill ringa']!]: true,
          [f['Hemsida']!]: 'https://example.org/asa',
        }),
      }),
      buildPerson({
        organization_id: org.id,
        first_name: 'Örjan',
        last_name: 'Ärlemark',
        email: 'orjan@example.org',
        phone: '+4570123456',
        member_number: '0042',
        member_since: '1999-12-31',
        membership_status: 'lapsed',
        gender: 'man',
        local_group_id: org.groupIds[1],
        custom: JSON.stringify({ [f['Vill ringa']!]: false, [f['Betalt belopp']!]: 300 }),
      }),
      buildPerson({
        organization_id: org.id,
        first_name: 'Émile',
        last_name: 'Ståhl',
        email: 'emile@example.org',
        phone: null,
        is_member: false,
      }),
    ])
    .returning('id')
    .execute();
  const tags = await db
    .insertInto('tags')
    .values(
      ['Styrelse', 'Volontär'].map((name) => ({
        organization_id: org.id,
        name,
        colour: '#c8102e',
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('person_tags')
    .values([
      { organization_id: org.id, person_id: people[0]!.id, tag_id: tags[0]!.id },
      { organization_id: org.id, person_id: people[0]!.id, tag_id: tags[1]!.id },
      { organization_id: org.id, person_id: people[1]!.id, tag_id: tags[1]!.id },
    ])
    .execute();
  return org;
}

/**
 * Everyone in an association as a user sees them: fields, local group by name, tags by name and
 * custom values by field label (ids differ between associations), sorted by e-mail.
 */
export async function readRegister(db: Kysely<DB>, organizationId: string) {
  const fields = await db
    .selectFrom('custom_fields')
    .select(['id', 'label'])
    .where('organization_id', '=', organizationId)
    .execute();
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
    .select([
      'p.first_name',
      'p.last_name',
      'p.email',
      'p.phone',
      'p.address',
      'p.postcode',
      'p.city',
      'p.gender',
      'p.birth_year',
      'p.is_member',
      'p.member_number',
      'p.member_since',
      'p.membership_status',
      'p.notes',
      'p.custom',
      'g.name as local_group',
      sql<string[]>`array(select t.name from person_tags pt join tags t on t.id = pt.tag_id
        where pt.person_id = p.id order by t.name)`.as('tags'),
    ])
    .where('p.organization_id', '=', organizationId)
    .orderBy('p.email')
    .execute();
  return rows.map(({ custom, ...person }) => ({
    ...person,
    custom: Object.fromEntries(
      fields
        .filter((field) => (custom as Record<string, unknown>)[field.id] !== undefined)
        .map((field) => [field.label, (custom as Record<string, unknown>)[field.id]])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
  }));
}
