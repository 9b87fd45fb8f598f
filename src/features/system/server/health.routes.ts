import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { addRoute } from '../../../platform/server/route.ts';
import { systemRoutes } from '../system.contract.ts';
import { appVersion } from '../../../platform/server/version.ts';

export function registerHealthRoutes(app: FastifyInstance) {
  addRoute(app, systemRoutes.health, async () => {
    await sql`select 1`.execute(app.db);
    return { status: 'ok' as const, database: app.dbKind, version: appVersion };
  });
}
