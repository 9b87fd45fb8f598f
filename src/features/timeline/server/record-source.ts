import { sql } from 'kysely';
import { msTime, olderThan, type SourceEvent, type TimelineSource } from './timeline-cursor.ts';

/**
 * When the person was added, by whom, and whether by an import. The person's own audit row
 * (`person.create`) or the import's (`people.import`, counts only) was written in the same
 * transaction, so it has the very same `now()` as the person's `created_at`.
 */
export const recordSource: TimelineSource = async (db, query) => {
  const at = msTime('p.created_at');
  const row = await db
    .selectFrom('people as p')
    .select([
      'p.id',
      at.as('at'),
      sql<string | null>`(select l.action from audit_log l
        where l.organization_id = p.organization_id and l.created_at = p.created_at
          and (l.action = 'people.import' or (l.action = 'person.create' and l.person_id = p.id))
        order by l.action = 'person.create' desc limit 1)`.as('origin'),
      sql<string | null>`(select l.account_id from audit_log l
        where l.organization_id = p.organization_id and l.created_at = p.created_at
          and (l.action = 'people.import' or (l.action = 'person.create' and l.person_id = p.id))
        order by l.action = 'person.create' desc limit 1)`.as('account_id'),
    ])
    .where('p.organization_id', '=', query.organizationId)
    .where('p.id', '=', query.personId)
    .where(olderThan(query.before, 'person', at, 'p.id'))
    .executeTakeFirst();
  if (!row) return [];
  const event: SourceEvent = {
    id: `person:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: row.account_id,
    kind: 'created',
    isImported: row.origin === 'people.import',
  };
  return [event];
};
