import { sql, type SqlBool } from 'kysely';
import { msTime, olderThan, type SourceEvent, type TimelineSource } from './timeline-cursor.ts';

/** Tags the person carries now, from when and by whom each was added. */
export const tagsAddedSource: TimelineSource = async (db, query) => {
  const at = msTime('pt.created_at');
  const rows = await db
    .selectFrom('person_tags as pt')
    .innerJoin('tags as t', 't.id', 'pt.tag_id')
    .select(['t.id', 't.name', 't.colour', 'pt.created_by', at.as('at')])
    .where('pt.organization_id', '=', query.organizationId)
    .where('pt.person_id', '=', query.personId)
    .where(olderThan(query.before, 'tag', at, 't.id'))
    .orderBy(at, 'desc')
    .orderBy('t.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map((row): SourceEvent => ({
    id: `tag:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: row.created_by,
    kind: 'tagAdded',
    tag: { id: row.id, name: row.name, colour: row.colour },
  }));
};

/**
 * Tags taken off the person, from the audit log of (bulk) tagging, which names the people.
 * Tags deleted since are left out, in SQL, so that a page is never cut short.
 */
export const tagsRemovedSource: TimelineSource = async (db, query) => {
  const at = msTime('l.created_at');
  const rows = await db
    .selectFrom('audit_log as l')
    .select([
      'l.id',
      'l.account_id',
      at.as('at'),
      sql<{ id: string; name: string; colour: string }[]>`(
        select json_agg(json_build_object('id', t.id, 'name', t.name, 'colour', t.colour)
          order by t.name)
        from tags t
        where t.organization_id = l.organization_id and l.details -> 'tagIds' ? t.id::text)`.as(
        'tags',
      ),
    ])
    .where('l.organization_id', '=', query.organizationId)
    .where('l.action', '=', 'people.tag')
    .where(
      sql<SqlBool>`l.details @> ${JSON.stringify({ action: 'remove', personIds: [query.personId] })}::jsonb`,
    )
    .where(
      sql<SqlBool>`exists (select 1 from tags t
        where t.organization_id = l.organization_id and l.details -> 'tagIds' ? t.id::text)`,
    )
    .where(olderThan(query.before, 'untag', at, 'l.id'))
    .orderBy(at, 'desc')
    .orderBy('l.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map((row): SourceEvent => ({
    id: `untag:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: row.account_id,
    kind: 'tagsRemoved',
    tags: row.tags,
  }));
};
