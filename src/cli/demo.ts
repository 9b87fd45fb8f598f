import { sql } from 'kysely';
import { createDemoAssociation, DEMO_SLUG } from '../../db/seed/demo.ts';
import { describeDemo } from '../server/bootstrap.ts';
import { loadConfig } from '../server/config.ts';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import { parseOptions, withDatabase, type Command } from './cli-support.ts';

/** Deletes the demo association's rows from every table that has organization_id, then the org. */
export const run: Command = async (args) => {
  parseOptions(args, {});
  const config = loadConfig();
  const result = await withDatabase(({ db }) =>
    db.transaction().execute(async (trx) => {
      const existing = await findOrganizationBySlug(trx, DEMO_SLUG);
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
