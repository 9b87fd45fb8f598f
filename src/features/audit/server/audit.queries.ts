import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { msTime, olderThan, type TimelineQuery } from '../../../platform/server/timeline-source.ts';
import type { AuditAction } from '../audit.contract.ts';

export interface AuditEvent {
  organizationId: string;
  accountId: string | null;
  action: AuditAction;
  personId?: string | null;
  /** Ids and counts only: never names, addresses or other personal data. */
  details?: Record<string, unknown>;
}

/** Appends to the audit log; pass the transaction handle when the audited change has one. */
export async function recordAudit(db: Kysely<DB>, event: AuditEvent) {
  await db
    .insertInto('audit_log')
    .values({
      organization_id: event.organizationId,
      account_id: event.accountId,
      action: event.action,
      person_id: event.personId ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export interface AuditLogFilter {
  personId?: string;
  accountId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAuditLog(db: Kysely<DB>, organizationId: string, filter: AuditLogFilter) {
  let base = db.selectFrom('audit_log as l').where('l.organization_id', '=', organizationId);
  if (filter.personId) base = base.where('l.person_id', '=', filter.personId);
  if (filter.accountId) base = base.where('l.account_id', '=', filter.accountId);
  if (filter.action) base = base.where('l.action', '=', filter.action);
  if (filter.from) base = base.where('l.created_at', '>=', new Date(filter.from));
  if (filter.to) base = base.where('l.created_at', '<', new Date(filter.to));
  const [rows, total] = await Promise.all([
    base
      .leftJoin('accounts as a', 'a.id', 'l.account_id')
      .leftJoin('people as p', 'p.id', 'a.person_id')
      .select([
        'l.id',
        'l.action',
        'l.account_id',
        'l.person_id',
        'l.details',
        'l.created_at',
        'p.first_name',
        'p.last_name',
      ])
      .orderBy('l.created_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      action: row.action,
      actor: actorOf(row),
      personId: row.person_id,
      people: peopleConcerned(row.action, row.details as Record<string, unknown>),
      details: row.details,
      createdAt: row.created_at.toISOString(),
    })),
    total: Number(total.count),
  };
}

/** Who acted, named by the account's person; null when the account is gone (or the CLI). */
export function actorOf(row: {
  account_id: string | null;
  first_name: string | null;
  last_name: string | null;
}) {
  return row.account_id
    ? { accountId: row.account_id, firstName: row.first_name ?? '', lastName: row.last_name ?? '' }
    : null;
}

/** How many people an entry concerns, from what each action keeps in its details. */
function peopleConcerned(action: string, details: Record<string, unknown>): number | null {
  const number = (value: unknown) => (typeof value === 'number' ? value : 0);
  if (action.startsWith('person.')) return 1;
  if (action === 'people.list' || action === 'people.export') return number(details.count);
  if (action === 'people.tag') return number(details.people);
  if (action === 'people.merge') return 2;
  if (action === 'people.import') return number(details.created) + number(details.updated);
  if (action === 'people.import_undo') return number(details.removed) + number(details.restored);
  return null;
}

/** Entries of some actions about a person since a moment, newest first, with who wrote them. */
export async function listRecentPersonAuditEntries(
  db: Kysely<DB>,
  query: { organizationId: string; personId: string; actions: readonly AuditAction[]; since: Date },
) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('accounts as a', 'a.id', 'l.account_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select(['l.id', 'l.action', 'l.details', 'l.created_at', 'p.first_name', 'p.last_name'])
    .where('l.organization_id', '=', query.organizationId)
    .where('l.person_id', '=', query.personId)
    .where('l.action', 'in', query.actions)
    .where('l.created_at', '>=', query.since)
    .orderBy('l.created_at', 'desc')
    .limit(20)
    .execute();
}

/** Which of a person's audit entries a timeline source reads, and the id prefix of its events. */
export interface PersonAuditFilter {
  prefix: string;
  actions: readonly AuditAction[];
  /**
   * Where an entry names the person: its person column, or (for actions on many people at once)
   * the `personIds` list in its details.
   */
  namedIn?: 'person' | 'details';
  /** Only entries whose details hold all of these (jsonb containment). */
  detailsContain?: Record<string, unknown>;
  /** Only entries whose detail at each key is one of the values given for it. */
  detailsIn?: Record<string, readonly string[]>;
}

/**
 * A page of audit entries about a person for their timeline, newest first, strictly before the
 * cursor. Every filter is in SQL, so that a page is never cut short.
 */
export async function listPersonAuditEntries(
  db: Kysely<DB>,
  query: TimelineQuery,
  filter: PersonAuditFilter,
) {
  const at = msTime('l.created_at');
  let select = db
    .selectFrom('audit_log as l')
    .select(['l.id', 'l.action', 'l.account_id', 'l.details', at.as('at')])
    .where('l.organization_id', '=', query.organizationId)
    .where('l.action', 'in', filter.actions)
    .where(olderThan(query.before, filter.prefix, at, 'l.id'));
  select =
    filter.namedIn === 'details'
      ? select.where(
          sql<SqlBool>`l.details @> ${JSON.stringify({ personIds: [query.personId] })}::jsonb`,
        )
      : select.where('l.person_id', '=', query.personId);
  if (filter.detailsContain)
    select = select.where(
      sql<SqlBool>`l.details @> ${JSON.stringify(filter.detailsContain)}::jsonb`,
    );
  for (const [key, values] of Object.entries(filter.detailsIn ?? {}))
    select = select.where(sql`l.details ->> ${key}`, 'in', values);
  return select.orderBy(at, 'desc').orderBy('l.id', 'desc').limit(query.limit).execute();
}

/**
 * Who wrote the entry of one of `actions` at the very time `at` (a timestamp as Postgres prints
 * it, to the microsecond): the audit row of a change is written in the change's transaction, so
 * it has the same `now()`. An entry naming the person comes before one naming nobody (a bulk
 * action).
 */
export async function findAuditEntryAt(
  db: Kysely<DB>,
  entry: { organizationId: string; personId: string; at: string; actions: readonly AuditAction[] },
) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'account_id'])
    .where('organization_id', '=', entry.organizationId)
    .where('created_at', '=', sql<Date>`${entry.at}::timestamptz`)
    .where('action', 'in', entry.actions)
    .where((eb) => eb.or([eb('person_id', '=', entry.personId), eb('person_id', 'is', null)]))
    .orderBy(sql`person_id is null`)
    .limit(1)
    .executeTakeFirst();
}
