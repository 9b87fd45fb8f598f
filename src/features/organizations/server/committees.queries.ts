import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

// Offices in the order a Swedish board lists them; other titles after, alphabetically by name.
const titleRank = sql<number>`case lower(m.title)
  when 'ordförande' then 1 when 'vice ordförande' then 2 when 'kassör' then 3
  when 'sekreterare' then 4 when 'gruppledare' then 5 when 'sammankallande' then 6
  when 'ledamot' then 8 when 'ersättare' then 9 else 7 end`;

export async function listCommittees(db: Kysely<DB>, organizationId: string) {
  const committees = await db
    .selectFrom('committees')
    .select(['id', 'name', 'kind'])
    .where('organization_id', '=', organizationId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const members = await db
    .selectFrom('committee_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.committee_id', 'p.id', 'p.first_name', 'p.last_name', 'm.title'])
    .where('m.organization_id', '=', organizationId)
    .orderBy(titleRank)
    .orderBy('p.last_name')
    .execute();
  return committees.map((committee) => ({
    ...committee,
    members: members
      .filter((member) => member.committee_id === committee.id)
      .map((member) => ({
        id: member.id,
        firstName: member.first_name,
        lastName: member.last_name,
        title: member.title,
      })),
  }));
}

/** The committees a person sits on, with their title in each. */
export async function listPersonCommittees(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
) {
  return db
    .selectFrom('committee_members as m')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .select(['c.id', 'c.name', 'c.kind', 'm.title'])
    .where('m.organization_id', '=', organizationId)
    .where('m.person_id', '=', personId)
    .orderBy('c.name')
    .execute();
}
