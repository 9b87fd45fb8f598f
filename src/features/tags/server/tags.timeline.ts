import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import {
  msTime,
  olderThan,
  type SourceEvent,
  type TimelineSource,
} from '../../../platform/server/timeline-source.ts';
import { Id } from '../../../platform/shared/atoms.ts';
import { listPersonAuditEntries } from '../../audit/server/audit.queries.ts';

/** Tags the person carries now, from when and by whom each was added. */
const tagsAddedSource: TimelineSource = async (db, query) => {
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

const TagIds = z.object({ tagIds: z.array(z.string()).catch([]) }).catch({ tagIds: [] });

/** The tags of these ids that are still there, by name. */
async function existingTags(db: Kysely<DB>, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('tags')
    .select(['id', 'name', 'colour'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .orderBy('name')
    .execute();
}

/**
 * Tags taken off the person, from the audit log of (bulk) tagging, which names the people.
 * Tags deleted since are left out, and so is an entry whose tags are all gone: then the next
 * entries are read, so that a page is never cut short.
 */
const tagsRemovedSource: TimelineSource = async (db, query) => {
  const events: SourceEvent[] = [];
  let before = query.before;
  for (;;) {
    const rows = await listPersonAuditEntries(
      db,
      { ...query, before },
      {
        prefix: 'untag',
        actions: ['people.tag'],
        namedIn: 'details',
        detailsContain: { action: 'remove' },
      },
    );
    const tagIds = rows.map((row) => new Set(TagIds.parse(row.details).tagIds));
    const uuids = [...new Set(tagIds.flatMap((ids) => [...ids]))].filter(
      (id) => Id.safeParse(id).success,
    );
    const tags = await existingTags(db, query.organizationId, uuids);
    rows.forEach((row, index) => {
      const removed = tags.filter((tag) => tagIds[index]!.has(tag.id));
      if (removed.length === 0) return;
      events.push({
        id: `untag:${row.id}`,
        at: row.at.toISOString(),
        actorAccountId: row.account_id,
        kind: 'tagsRemoved',
        tags: removed,
      });
    });
    const last = rows.at(-1);
    if (events.length >= query.limit || rows.length < query.limit || !last)
      return events.slice(0, query.limit);
    before = { at: last.at.toISOString(), id: `untag:${last.id}` };
  }
};

/** Tagging's part of a person's timeline. */
export const tagsTimeline: TimelineSource[] = [tagsAddedSource, tagsRemovedSource];
