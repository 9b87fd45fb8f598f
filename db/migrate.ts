import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../src/platform/shared/app-error.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const featuresDir = fileURLToPath(new URL('../src/features/', import.meta.url));
const migrationFile = /^\d{4}_[a-z0-9_]+\.sql$/;

/** Serialises migrating across servers that share one PostgreSQL database. */
const lock = sql`select pg_advisory_xact_lock(727274)`;

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 (hex) of the SQL with line endings made LF, so a CRLF checkout counts as the same. */
  checksum: string;
}

export function migrationChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

/**
 * The numbered SQL files, in order of their numbers: the foundation's in db/migrations and each
 * feature's in `src/features/<name>/migrations/`. A number is used once across all of them.
 */
export function listMigrations(
  from: { foundation: string; features: string } = {
    foundation: migrationsDir,
    features: featuresDir,
  },
): Migration[] {
  const folders = [
    from.foundation,
    ...readdirSync(from.features)
      .map((feature) => join(from.features, feature, 'migrations'))
      .filter((folder) => existsSync(folder)),
  ];
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => migrationFile.test(file))
      .map((file) => ({ file, path: join(folder, file) })),
  );
  files.sort((a, b) => a.file.localeCompare(b.file));
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.file.slice(0, 4) === files[i - 1]!.file.slice(0, 4)) {
      throw new Error(
        `two migrations have the number ${files[i]!.file.slice(0, 4)}: ${files[i - 1]!.path} and ${files[i]!.path}`,
      );
    }
  }
  return files.map(({ file, path }) => {
    const text = readFileSync(path, 'utf8');
    return { name: file.replace(/\.sql$/, ''), sql: text, checksum: migrationChecksum(text) };
  });
}

/**
 * Creates schema_migrations, or brings an older one up to date: rows recorded before checksums
 * existed get the checksum of today's file, once. Then refuses to go on if the file of any
 * applied migration has changed since it was applied.
 */
async function checkApplied<T>(db: Kysely<T>, migrations: Migration[]) {
  await db.transaction().execute(async (trx) => {
    await lock.execute(trx);
    await sql`create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now(),
      checksum text
    )`.execute(trx);
    await sql`alter table schema_migrations add column if not exists checksum text`.execute(trx);
    const applied = await sql<{ name: string; checksum: string | null }>`
      select name, checksum from schema_migrations order by name`.execute(trx);
    const edited: string[] = [];
    for (const row of applied.rows) {
      const migration = migrations.find((m) => m.name === row.name);
      if (!migration) continue;
      if (row.checksum === null) {
        await sql`update schema_migrations set checksum = ${migration.checksum}
          where name = ${row.name}`.execute(trx);
      } else if (row.checksum !== migration.checksum) {
        edited.push(`${migration.name}.sql`);
      }
    }
    if (edited.length > 0) {
      throw new AppError(
        'conflict',
        `migration ${edited.join(', ')} was edited after it was applied to this database ` +
          `(its SHA-256 differs from the one recorded in schema_migrations). Applied ` +
          `migrations must never change: restore the file in db/migrations/ and put the ` +
          `change in a new migration instead.`,
      );
    }
  });
}

/**
 * Applies the migrations not yet applied, each in its own transaction, recording each one's
 * checksum; fails if an applied migration's file was edited. On PostgreSQL an advisory lock
 * keeps two servers starting at once from both migrating. `migrations` is for tests.
 */
export async function migrate<T>(
  db: Kysely<T>,
  migrations: Migration[] = listMigrations(),
): Promise<{ applied: string[] }> {
  await checkApplied(db, migrations);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      await lock.execute(trx);
      const existing = await sql<{
        name: string;
      }>`select name from schema_migrations where name = ${migration.name}`.execute(trx);
      if (existing.rows.length > 0) return false;
      await sql.raw(migration.sql).execute(trx);
      await sql`insert into schema_migrations (name, checksum)
        values (${migration.name}, ${migration.checksum})`.execute(trx);
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
