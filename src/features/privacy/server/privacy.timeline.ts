import { z } from 'zod';
import type { SourceEvent, TimelineSource } from '../../../platform/server/timeline-source.ts';
import { listPersonAuditEntries } from '../../audit/server/audit.queries.ts';
import { consentPurposes } from '../../../platform/shared/db-values.generated.ts';
import { consentChanges } from '../privacy.contract.ts';

// Privacy's part of a person's timeline: the consents given and withdrawn, which the consent
// routes record in the audit log (read through the audit module's query).

const ConsentDetails = z.object({
  purpose: z.enum(consentPurposes),
  change: z.enum(consentChanges),
});

/** Consents given and withdrawn, for the purposes there are now. */
export const consentSource: TimelineSource = async (db, query) => {
  const rows = await listPersonAuditEntries(db, query, {
    prefix: 'audit',
    actions: ['person.consent'],
    // Filtered here, not after the limit, so that a page is never cut short.
    detailsIn: { purpose: consentPurposes, change: consentChanges },
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

export const privacyTimeline: TimelineSource[] = [consentSource];
