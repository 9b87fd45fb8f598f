import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
}

/** The numbered SQL files in db/migrations, in order. */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(migrationsDir + file, 'utf8'),
    }));
}

/**
 * Applies the migrations not yet applied, each in its own transaction. On PostgreSQL an advisory
 * lock keeps two servers starting at once from both migrating.
 */
export async function migrate<T>(db: Kysely<T>): Promise<{ applied: string[] }> {
  await sql`create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const applied: string[] = [];
  for (const migration of listMigrations()) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
      const existing = await sql<{
        name: string;
      }>`select name from schema_migrations where name = ${migration.name}`.execute(trx);
      if (existing.rows.length > 0) return false;
      await sql.raw(migration.sql).execute(trx);
      await sql`insert into schema_migrations (name) values (${migration.name})`.execute(trx);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return { applied };
}

/** The newest migration applied to this database, or null on an empty one. */
export async function currentMigration<T>(db: Kysely<T>): Promise<string | null> {
  const result = await sql<{ name: string | null }>`
    select max(name) as name from schema_migrations`
    .execute(db)
    .catch(() => ({ rows: [{ name: null }] }));
  return result.rows[0]?.name ?? null;
}
