import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { JobStatus } from '../../../platform/shared/db-values.generated.ts';

/** The association's jobs for admins: counts by status and the newest jobs, without payloads. */
export async function listJobOverview(
  db: Kysely<DB>,
  organizationId: string,
  options: { status?: JobStatus; limit: number },
) {
  const [counts, rows] = await Promise.all([
    db
      .selectFrom('jobs')
      .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
      .where('organization_id', '=', organizationId)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('jobs')
      .select([
        'id',
        'kind',
        'status',
        'attempts',
        'max_attempts',
        'run_at',
        'last_error',
        'created_at',
        'finished_at',
      ])
      .where('organization_id', '=', organizationId)
      .$if(options.status !== undefined, (qb) => qb.where('status', '=', options.status!))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(options.limit)
      .execute(),
  ]);
  const byStatus = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of counts) byStatus[row.status] = row.count;
  return {
    counts: byStatus,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
      runAt: row.run_at.toISOString(),
      lastError: row.last_error,
      createdAt: row.created_at.toISOString(),
      finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    })),
  };
}
