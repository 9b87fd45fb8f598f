import { sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import type { Kysely } from 'kysely';
import {
  msTime,
  olderThan,
  type SourceEvent,
  type TimelineSource,
} from '../../../../platform/server/timeline-source.ts';
import { Id } from '../../../../platform/shared/atoms.ts';
import { findAuditEntryAt, listPersonAuditEntries } from '../../../audit/server/audit.queries.ts';
import { listLocalGroups } from '../../../organizations/server/local-groups.queries.ts';
import { membershipStatuses } from '../../../../platform/shared/db-values.generated.ts';
import type { FieldChange } from '../people.contract.ts';

/**
 * When the person was added, by whom, and whether by an import: the audit row of the person's
 * creation (`person.create`) or of the import (`people.import`, counts only).
 */
const recordSource: TimelineSource = async (db, query) => {
  const at = msTime('p.created_at');
  const row = await db
    .selectFrom('people as p')
    // The exact time, to the microsecond, to find the audit row of the same transaction.
    .select(['p.id', at.as('at'), sql<string>`p.created_at::text`.as('created_at')])
    .where('p.organization_id', '=', query.organizationId)
    .where('p.id', '=', query.personId)
    .where(olderThan(query.before, 'person', at, 'p.id'))
    .executeTakeFirst();
  if (!row) return [];
  const origin = await findAuditEntryAt(db, {
    organizationId: query.organizationId,
    personId: row.id,
    at: row.created_at,
    actions: ['person.create', 'people.import'],
  });
  const event: SourceEvent = {
    id: `person:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: origin?.account_id ?? null,
    kind: 'created',
    isImported: origin?.action === 'people.import',
  };
  return [event];
};

// Details as the audit log has held them; anything missing reads as empty.
const Change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value }).optional();
const UpdateDetails = z.object({
  fields: z.array(z.string()).catch([]),
  changes: z
    .object({
      isMember: Change(z.boolean()),
      membershipStatus: Change(z.enum(membershipStatuses)),
      localGroupId: Change(Id.nullable()),
    })
    .catch({}),
});
type Changes = z.infer<typeof UpdateDetails>['changes'];

async function groupNames(db: Kysely<DB>, organizationId: string, changes: Changes[]) {
  const mentioned = changes.some((change) => change.localGroupId);
  if (!mentioned) return new Map<string, string>();
  const groups = await listLocalGroups(db, organizationId);
  return new Map(groups.map((group) => [group.id, group.name]));
}

function fieldChanges(changes: Changes, groups: Map<string, string>): FieldChange[] {
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

/** Changes to the record, from the audit log: the fields, and old → new for membership and group. */
const changesSource: TimelineSource = async (db, query) => {
  const rows = await listPersonAuditEntries(db, query, {
    prefix: 'audit',
    actions: ['person.update'],
  });
  const details = rows.map(
    (row) => UpdateDetails.safeParse(row.details).data ?? { fields: [], changes: {} },
  );
  const groups = await groupNames(
    db,
    query.organizationId,
    details.map((detail) => detail.changes),
  );
  return rows.map((row, index): SourceEvent => {
    const { fields, changes } = details[index]!;
    return {
      id: `audit:${row.id}`,
      at: row.at.toISOString(),
      actorAccountId: row.account_id,
      kind: 'changed',
      fields,
      changes: fieldChanges(changes, groups),
    };
  });
};

/** The record's part of a person's timeline. */
export const peopleTimeline: TimelineSource[] = [recordSource, changesSource];
