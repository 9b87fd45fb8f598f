import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { listPeople } from '../../people/register/server/register.queries.ts';
import type { duplicateReasons } from '../duplicates.contract.ts';

type Reason = (typeof duplicateReasons)[number];

/**
 * Pairs of people who may be the same person, found by three equi-joins (each can use a hash
 * join, so this stays fast on large registers), minus pairs already found to be distinct.
 */
export async function findDuplicatePairs(
  db: Kysely<DB>,
  organizationId: string,
  personId?: string,
): Promise<{ firstId: string; secondId: string; reasons: Reason[] }[]> {
  const onePerson = personId ? sql`and ${personId}::uuid in (a.id, b.id)` : sql``;
  const result = await sql<{ first_id: string; second_id: string; reasons: Reason[] }>`
    with candidates as (
      select a.id as first_id, b.id as second_id, 'email' as reason
        from people a join people b
          on lower(a.email) = lower(b.email) and a.organization_id = b.organization_id
        where a.organization_id = ${organizationId} and a.id < b.id ${onePerson}
          and a.erased_at is null and b.erased_at is null
      union all
      select a.id, b.id, 'phone'
        from people a join people b
          on a.phone = b.phone and a.organization_id = b.organization_id
        where a.organization_id = ${organizationId} and a.id < b.id ${onePerson}
          and a.erased_at is null and b.erased_at is null
      union all
      select a.id, b.id, 'name_postcode'
        from people a join people b
          on lower(a.first_name) = lower(b.first_name)
          and lower(a.last_name) = lower(b.last_name)
          and replace(a.postcode, ' ', '') = replace(b.postcode, ' ', '')
          and a.organization_id = b.organization_id
        where a.organization_id = ${organizationId} and a.id < b.id ${onePerson}
          and a.erased_at is null and b.erased_at is null
    )
    select c.first_id, c.second_id, array_agg(distinct c.reason order by c.reason) as reasons
      from candidates c
      where not exists (
        select 1 from distinct_people d where d.first_id = c.first_id and d.second_id = c.second_id
      )
      group by c.first_id, c.second_id
      order by c.first_id, c.second_id
      limit 200`.execute(db);
  return result.rows.map((row) => ({
    firstId: row.first_id,
    secondId: row.second_id,
    reasons: row.reasons,
  }));
}

/**
 * The pairs with both people presented as in the register list; with `groupIds`, only pairs
 * whose two people are both in those local groups.
 */
export async function listDuplicatePairs(
  db: Kysely<DB>,
  organizationId: string,
  personId?: string,
  groupIds: string[] | 'all' = 'all',
) {
  const pairs = await findDuplicatePairs(db, organizationId, personId);
  const ids = [...new Set(pairs.flatMap((pair) => [pair.firstId, pair.secondId]))];
  if (ids.length === 0) return [];
  const people = await listPeople(db, organizationId, {
    groupIds,
    where: (eb) => eb('p.id', 'in', ids),
    limit: 200 * 2,
    offset: 0,
  });
  const byId = new Map(people.items.map((person) => [person.id, person]));
  return pairs.flatMap((pair) => {
    const first = byId.get(pair.firstId);
    const second = byId.get(pair.secondId);
    return first && second ? [{ first, second, reasons: pair.reasons }] : [];
  });
}

export async function markDistinct(
  db: Kysely<DB>,
  input: { organizationId: string; accountId: string; ids: [string, string] },
) {
  const [first_id, second_id] = [...input.ids].sort() as [string, string];
  await db
    .insertInto('distinct_people')
    .values({
      organization_id: input.organizationId,
      first_id,
      second_id,
      decided_by: input.accountId,
    })
    .onConflict((oc) => oc.columns(['first_id', 'second_id']).doNothing())
    .execute();
}
