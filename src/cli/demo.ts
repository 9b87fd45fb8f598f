import { sql } from 'kysely';
import { createDemoAssociation, DEMO_SLUG } from '../../db/seed/demo.ts';
import { describeDemo } from '../server/bootstrap.ts';
import { loadConfig } from '../platform/server/config.ts';
import { parseOptions, UsageError, withDatabase, type Command } from './cli-support.ts';

/**
 * Re-creates the demo: deletes the demo association's rows from every table that has
 * organization_id, then the organization, and builds it anew. Refuses to touch a real one.
 */
export const run: Command = async (args) => {
  parseOptions(args, {});
  const config = loadConfig();
  const result = await withDatabase(({ db }) =>
    db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('organizations')
        .select(['id', 'is_demo'])
        .where('slug', '=', DEMO_SLUG)
        .executeTakeFirst();
      if (existing && !existing.is_demo) {
        throw new UsageError(
          `the association "${DEMO_SLUG}" holds real data, not the demo; refusing to replace it`,
        );
      }
      if (existing) {
        await sql`set constraints all deferred`.execute(trx);
        const tables = await sql<{ table_name: string }>`
          select table_name from information_schema.columns
          where table_schema = current_schema() and column_name = 'organization_id'`.execute(trx);
        for (const { table_name } of tables.rows) {
          await sql`delete from ${sql.table(table_name)} where organization_id = ${existing.id}`.execute(
            trx,
          );
        }
        await trx.deleteFrom('organizations').where('id', '=', existing.id).execute();
      }
      return createDemoAssociation(trx, {
        adminEmail: config.adminEmail,
        adminPassword: config.adminPassword,
      });
    }),
  );
  return {
    json: {
      organizationId: result.organizationId,
      people: result.people,
      admin: result.admin,
      logins: result.logins,
    },
    text: describeDemo(result, config.publicUrl),
  };
};
