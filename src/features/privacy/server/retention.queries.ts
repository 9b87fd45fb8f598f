import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { isFlaggedForRetention, lastActivityAt } from './targeting.queries.ts';

function flaggedPeople(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('people as p')
    .where('p.organization_id', '=', organizationId)
    .where(isFlaggedForRetention('p'));
}

/** The association's retention time and how many contacts it flags now. */
export async function getRetentionOverview(db: Kysely<DB>, organizationId: string) {
  const organization = await db
    .selectFrom('organizations')
    .select('retention_months')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const { count } = await flaggedPeople(db, organizationId)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { retentionMonths: organization.retention_months, flaggedCount: Number(count) };
}

export async function updateRetentionMonths(
  db: Kysely<DB>,
  organizationId: string,
  retentionMonths: number,
) {
  await db
    .updateTable('organizations')
    .set({ retention_months: retentionMonths })
    .where('id', '=', organizationId)
    .execute();
}

/** Flagged contacts, the longest silent first. */
export async function listFlaggedPeople(
  db: Kysely<DB>,
  organizationId: string,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    flaggedPeople(db, organizationId)
      .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
      .select([
        'p.id',
        'p.first_name',
        'p.last_name',
        'p.local_group_id',
        'g.name as group_name',
        'p.created_at',
        lastActivityAt('p').as('last_activity_at'),
      ])
      .orderBy('last_activity_at')
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    flaggedPeople(db, organizationId)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      localGroup: row.local_group_id
        ? { id: row.local_group_id, name: row.group_name ?? '' }
        : null,
      createdAt: row.created_at.toISOString(),
      lastActivityAt: new Date(row.last_activity_at).toISOString(),
    })),
    total: Number(total.count),
  };
}
