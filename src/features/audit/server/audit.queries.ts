import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { auditActions } from '../audit.contract.ts';

export interface AuditEvent {
  organizationId: string;
  accountId: string | null;
  action: (typeof auditActions)[number];
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

export async function listAuditLog(
  db: Kysely<DB>,
  organizationId: string,
  filter: { personId?: string; limit: number; offset: number },
) {
  let base = db.selectFrom('audit_log as l').where('l.organization_id', '=', organizationId);
  if (filter.personId) base = base.where('l.person_id', '=', filter.personId);
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
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      action: row.action,
      actor: row.account_id
        ? {
            accountId: row.account_id,
            firstName: row.first_name ?? '',
            lastName: row.last_name ?? '',
          }
        : null,
      personId: row.person_id,
      details: row.details,
      createdAt: row.created_at.toISOString(),
    })),
    total: total.count,
  };
}
