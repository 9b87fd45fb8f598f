import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { readActions } from '../audit.contract.ts';
import { actorOf } from './audit.queries.ts';

/** The default period of "who read how much": the last 30 days. */
export const READERS_DAYS = 30;

/**
 * Per account, its reads of people's data in [from, to): how many entries, how many people they
 * showed (a record opened counts one; a list page or an export its count), and the last one.
 * Most people first.
 */
export async function listReaders(
  db: Kysely<DB>,
  organizationId: string,
  period: { from?: string; to?: string },
) {
  const to = period.to ? new Date(period.to) : new Date();
  const from = period.from
    ? new Date(period.from)
    : new Date(to.getTime() - READERS_DAYS * 86_400_000);
  const people = sql<string>`sum(case when l.action = 'person.view' then 1
    else coalesce((l.details ->> 'count')::int, 0) end)`;
  const rows = await db
    .selectFrom('audit_log as l')
    .leftJoin('accounts as a', 'a.id', 'l.account_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select((eb) => [
      'l.account_id',
      eb.fn.max('p.first_name').as('first_name'),
      eb.fn.max('p.last_name').as('last_name'),
      eb.fn.countAll<string>().as('reads'),
      people.as('people'),
      eb.fn.max('l.created_at').as('last_read_at'),
    ])
    .where('l.organization_id', '=', organizationId)
    .where('l.action', 'in', readActions)
    .where('l.created_at', '>=', from)
    .where('l.created_at', '<', to)
    .groupBy('l.account_id')
    .orderBy(people, 'desc')
    .orderBy('last_read_at', 'desc')
    .execute();
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    items: rows.map((row) => ({
      actor: actorOf(row),
      reads: Number(row.reads),
      people: Number(row.people),
      lastReadAt: new Date(row.last_read_at).toISOString(),
    })),
  };
}
