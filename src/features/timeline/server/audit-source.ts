import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { Id } from '../../../platform/shared/atoms.ts';
import {
  consentPurposes,
  membershipStatuses,
} from '../../../platform/shared/db-values.generated.ts';
import type { TimelineEvent } from '../timeline.contract.ts';
import { msTime, olderThan, type SourceEvent, type TimelineSource } from './timeline-cursor.ts';

/** The audit actions that are events in a person's life (views are not; creation has its source). */
const actions = ['person.update', 'person.consent', 'people.merge'] as const;

// Details as the audit log has held them; anything missing reads as empty.
const Names = z.array(z.string()).catch([]);
const Change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value }).optional();
const UpdateDetails = z.object({
  fields: Names,
  changes: z
    .object({
      isMember: Change(z.boolean()),
      membershipStatus: Change(z.enum(membershipStatuses)),
      localGroupId: Change(Id.nullable()),
    })
    .catch({}),
});
const ConsentDetails = z.object({
  purpose: z.enum(consentPurposes),
  change: z.enum(['given', 'withdrawn']),
});
const MergeDetails = z.object({ took: Names });

type Changes = z.infer<typeof UpdateDetails>['changes'];
type FieldChanges = Extract<TimelineEvent, { kind: 'changed' }>['changes'];

async function groupNames(db: Kysely<DB>, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('local_groups')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

function fieldChanges(changes: Changes, groups: Map<string, string>): FieldChanges {
  const group = (id: string | null) => (id ? { id, name: groups.get(id) ?? null } : null);
  return [
    ...(changes.isMember ? [{ field: 'isMember' as const, ...changes.isMember }] : []),
    ...(changes.membershipStatus
      ? [{ field: 'membershipStatus' as const, ...changes.membershipStatus }]
      : []),
    ...(changes.localGroupId
      ? [
          {
            field: 'localGroup' as const,
            from: group(changes.localGroupId.from),
            to: group(changes.localGroupId.to),
          },
        ]
      : []),
  ];
}

/** Changes to the record, consents given and withdrawn, and merges, from the audit log. */
export const auditSource: TimelineSource = async (db, query) => {
  const at = msTime('l.created_at');
  const rows = await db
    .selectFrom('audit_log as l')
    .select(['l.id', 'l.action', 'l.account_id', 'l.details', at.as('at')])
    .where('l.organization_id', '=', query.organizationId)
    .where('l.person_id', '=', query.personId)
    .where('l.action', 'in', actions)
    // Filtered here, not after the limit, so that a page is never cut short.
    .where((eb) =>
      eb.or([
        eb('l.action', '!=', 'person.consent'),
        eb.and([
          eb(sql`l.details ->> 'purpose'`, 'in', consentPurposes),
          eb(sql`l.details ->> 'change'`, 'in', ['given', 'withdrawn']),
        ]),
      ]),
    )
    .where(olderThan(query.before, 'audit', at, 'l.id'))
    .orderBy(at, 'desc')
    .orderBy('l.id', 'desc')
    .limit(query.limit)
    .execute();
  const updates = rows.map((row) =>
    row.action === 'person.update' ? UpdateDetails.safeParse(row.details).data : undefined,
  );
  const groupIds = updates.flatMap((details) => {
    const change = details?.changes.localGroupId;
    return change ? [change.from, change.to].filter((id): id is string => id !== null) : [];
  });
  const groups = await groupNames(db, query.organizationId, [...new Set(groupIds)]);

  return rows.flatMap((row, index): SourceEvent[] => {
    const common = {
      id: `audit:${row.id}`,
      at: row.at.toISOString(),
      actorAccountId: row.account_id,
    };
    if (row.action === 'person.update') {
      const details = updates[index] ?? { fields: [], changes: {} };
      const changes = fieldChanges(details.changes, groups);
      return [{ ...common, kind: 'changed', fields: details.fields, changes }];
    }
    if (row.action === 'person.consent') {
      const details = ConsentDetails.safeParse(row.details);
      return details.success ? [{ ...common, kind: 'consent', ...details.data }] : [];
    }
    const took = MergeDetails.safeParse(row.details).data?.took ?? [];
    return [{ ...common, kind: 'merged', fields: took }];
  });
};
