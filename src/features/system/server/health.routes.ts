import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { addRoute } from '../../../platform/server/route.ts';
import { RETRY_AFTER_SECONDS } from '../../../platform/server/errors.ts';
import { AppError, type FieldError } from '../../../platform/shared/app-error.ts';
import { systemRoutes } from '../system.contract.ts';
import { appVersion } from '../../../platform/server/version.ts';

/** Runs `check`; the part's name when it fails. */
async function failing(part: string, check: () => Promise<unknown>): Promise<FieldError[]> {
  try {
    await check();
    return [];
  } catch {
    return [{ path: `database.${part}`, code: 'failing', message: `The database ${part} failed` }];
  }
}

export function registerHealthRoutes(app: FastifyInstance) {
  // Healthy means the database answers a read and accepts a write (a full disk or a read-only
  // database still answers reads); otherwise 503, naming the part that failed.
  addRoute(app, systemRoutes.health, async () => {
    const read = await failing('read', () => sql`select 1`.execute(app.db));
    const write = read.length
      ? []
      : await failing('write', () =>
          app.db
            .insertInto('health_probe')
            .values({ id: 1, checked_at: new Date() })
            .onConflict((conflict) => conflict.column('id').doUpdateSet({ checked_at: new Date() }))
            .execute(),
        );
    const errors = [...read, ...write];
    if (errors.length > 0) {
      throw new AppError('unavailable', 'The database is not healthy', {
        errors,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    }
    return { status: 'ok' as const, database: app.dbKind, version: appVersion };
  });
}
