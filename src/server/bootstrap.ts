import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { createDemoAssociation, type DemoResult } from '../../db/seed/demo.ts';

/** On an empty database, creates the demo association (with the configured admin, if any). */
export async function bootstrapDatabase(
  db: Kysely<DB>,
  options: { adminEmail?: string; adminPassword?: string },
): Promise<DemoResult | null> {
  if (await hasOrganizations(db)) return null;
  return db.transaction().execute((trx) => createDemoAssociation(trx, options));
}

/** The first-start message: how to log in. Printed once, to the terminal, not to the log. */
export function describeDemo(result: DemoResult, publicUrl: string): string {
  const lines = [
    '',
    'Gräsrot: created the demo association Vänsterpartiet Huddinge.',
    `  Open ${publicUrl} and log in as admin:`,
    `    e-mail:   ${result.admin.email}`,
  ];
  if (result.admin.isGenerated) {
    lines.push(`    password: ${result.admin.password}`);
    lines.push('  The same password opens the other demo accounts, one per role:');
    for (const login of result.logins) lines.push(`    ${login.role.padEnd(12)} ${login.email}`);
    lines.push('  This is printed only now; write the password down.');
  } else {
    lines.push('    password: the one in GRASROT_ADMIN_PASSWORD');
  }
  return lines.join('\n') + '\n';
}

export async function hasOrganizations(db: Kysely<DB>): Promise<boolean> {
  return !!(await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst());
}

/** Started with GRASROT_DEMO=false on an empty database: how to create the real association. */
export function describeEmptyDatabase(): string {
  return [
    '',
    'Gräsrot: the database is empty (GRASROT_DEMO=false). Stop the server and create your',
    'association and its first admin, then start again:',
    '  npx grasrot org create --slug vansterpartiet --name "Vänsterpartiet" --kind party',
    '  npx grasrot org create --slug min-forening --name "Vänsterpartiet Min kommun" --parent vansterpartiet',
    '  npx grasrot user create --email you@example.org --name "Förnamn Efternamn" --role admin --org min-forening',
    '',
  ].join('\n');
}
