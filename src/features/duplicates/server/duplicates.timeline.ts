import { z } from 'zod';
import type { SourceEvent, TimelineSource } from '../../../platform/server/timeline-source.ts';
import { listPersonAuditEntries } from '../../audit/server/audit.queries.ts';

// Duplicates' part of a person's timeline: the merges, which the merge records in the audit log
// (read through the audit module's query).

const MergeDetails = z.object({ took: z.array(z.string()).catch([]) });

/** A duplicate merged into the person, and the fields taken from it. */
export const mergeSource: TimelineSource = async (db, query) => {
  const rows = await listPersonAuditEntries(db, query, {
    prefix: 'audit',
    actions: ['people.merge'],
  });
  return rows.map((row): SourceEvent => ({
    id: `audit:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: row.account_id,
    kind: 'merged',
    fields: MergeDetails.safeParse(row.details).data?.took ?? [],
  }));
};

export const duplicatesTimeline: TimelineSource[] = [mergeSource];
