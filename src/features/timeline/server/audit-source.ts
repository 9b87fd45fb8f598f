import { z } from 'zod';
import type { SourceEvent, TimelineSource } from '../../../platform/server/timeline-source.ts';
import { listPersonAuditEntries } from '../../audit/server/audit.queries.ts';
import { consentPurposes } from '../../../platform/shared/db-values.generated.ts';

/*
 * Consents given and withdrawn, and merges, from the audit log (through the audit module's
 * query). Privacy and duplicates write these entries; their sources are here until those modules
 * contribute them themselves.
 */

const changes = ['given', 'withdrawn'] as const;
const ConsentDetails = z.object({ purpose: z.enum(consentPurposes), change: z.enum(changes) });
const MergeDetails = z.object({ took: z.array(z.string()).catch([]) });

/** Consents given and withdrawn, for the purposes there are now. */
export const consentSource: TimelineSource = async (db, query) => {
  const rows = await listPersonAuditEntries(db, query, {
    prefix: 'audit',
    actions: ['person.consent'],
    // Filtered here, not after the limit, so that a page is never cut short.
    detailsIn: { purpose: consentPurposes, change: changes },
  });
  return rows.flatMap((row): SourceEvent[] => {
    const details = ConsentDetails.safeParse(row.details);
    if (!details.success) return [];
    const { id, at, account_id } = row;
    return [
      {
        id: `audit:${id}`,
        at: at.toISOString(),
        actorAccountId: account_id,
        kind: 'consent',
        ...details.data,
      },
    ];
  });
};

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
