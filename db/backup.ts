import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../src/platform/shared/app-error.ts';
import { currentMigration, listMigrations, migrate } from './migrate.ts';

export const BACKUP_FORMAT = 'grasrot-backup';

interface TableDump {
  columns: string[];
  /** Columns holding JSON, written back as JSON text. */
  jsonColumns: string[];
  rows: unknown[][];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  migration: string | null;
  tables: Record<string, TableDump>;
}

const RESTORE_BATCH = 500;

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

async function listTables(db: AnyDb) {
  const result = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.table_name <> 'schema_migrations'
    order by c.table_name, c.ordinal_position`.execute(db);
  const tables = new Map<string, { columns: string[]; jsonColumns: string[] }>();
  for (const row of result.rows) {
    const table = tables.get(row.table_name) ?? { columns: [], jsonColumns: [] };
    table.columns.push(row.column_name);
    if (row.data_type === 'json' || row.data_type === 'jsonb')
      table.jsonColumns.push(row.column_name);
    tables.set(row.table_name, table);
  }
  return tables;
}

/** Reads every table in one repeatable-read transaction, so the copy is consistent. */
export async function createBackup<T>(database: Kysely<T>): Promise<Backup> {
  const db = database as unknown as AnyDb;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const backup: Backup = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        migration: await currentMigration(trx),
        tables: {},
      };
      for (const [name, table] of await listTables(trx)) {
        // PostgreSQL's own JSON form keeps every value exact (timestamps to the microsecond,
        // which a JavaScript Date would cut to milliseconds) and is the same on PGlite.
        const result = await sql<{ row: string }>`
          select to_jsonb(t)::text as row from ${sql.table(name)} t`.execute(trx);
        backup.tables[name] = {
          ...table,
          rows: result.rows.map(({ row }) => {
            const values = JSON.parse(row) as Record<string, unknown>;
            return table.columns.map((column) => values[column] ?? null);
          }),
        };
      }
      return backup;
    });
}

/** Writes the backup next to its final name first, so a failed write never leaves half a file. */
export function writeBackupFile(file: string, backup: Backup) {
  const partial = `${file}.partial`;
  try {
    // Members' contact details and password hashes: readable by the owner only.
    writeFileSync(partial, gzipSync(JSON.stringify(backup)), { mode: 0o600 });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'its directory does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
    throw new AppError('bad_request', `cannot write ${file}: ${reason}`);
  }
}

function isBackup(value: unknown): value is Backup {
  const backup = value as Backup | null;
  if (backup?.format !== BACKUP_FORMAT || backup.version !== 1) return false;
  if (typeof backup.tables !== 'object' || backup.tables === null) return false;
  return Object.values(backup.tables).every(
    (dump) => Array.isArray(dump?.columns) && Array.isArray(dump.rows),
  );
}

export function readBackupFile(file: string): Backup {
  let backup: Backup;
  try {
    backup = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Backup;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `no such file: ${file}`);
    throw new AppError('bad_request', `${file} is not a Gräsrot backup`);
  }
  if (!isBackup(backup)) throw new AppError('bad_request', `${file} is not a Gräsrot backup`);
  return backup;
}

/**
 * Loads a backup into an empty database (PGlite or PostgreSQL alike): migrates it to this
 * version, then inserts every row in one transaction with foreign keys checked at commit.
 */
export async function restoreBackup<T>(database: Kysely<T>, backup: Backup) {
  const db = database as unknown as AnyDb;
  const known = listMigrations().map((migration) => migration.name);
  if (backup.migration && !known.includes(backup.migration)) {
    throw new AppError(
      'bad_request',
      `the backup is from a newer Gräsrot (${backup.migration}); upgrade first`,
    );
  }
  await migrate(db);
  const tables = await listTables(db);
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const name of tables.keys()) {
      const rows = await sql`select 1 from ${sql.table(name)} limit 1`.execute(trx);
      if (rows.rows.length > 0) {
        throw new AppError(
          'conflict',
          'the database is not empty; restore into an empty data directory or database',
        );
      }
    }
    await sql`set constraints all deferred`.execute(trx);
    for (const [name, dump] of Object.entries(backup.tables)) {
      const target = tables.get(name);
      if (!target)
        throw new AppError('bad_request', `the backup has a table this version lacks: ${name}`);
      const columns = dump.columns.filter((column) => target.columns.includes(column));
      const list = sql.join(columns.map((column) => sql.ref(column)));
      for (let start = 0; start < dump.rows.length; start += RESTORE_BATCH) {
        const records = dump.rows
          .slice(start, start + RESTORE_BATCH)
          .map((row) =>
            Object.fromEntries(
              columns.map((column) => [column, row[dump.columns.indexOf(column)]]),
            ),
          );
        // PostgreSQL turns each JSON value back into its column's type, exactly as dumped.
        await sql`
          insert into ${sql.table(name)} (${list})
          select ${list} from jsonb_populate_recordset(
            null::${sql.table(name)}, ${JSON.stringify(records)}::jsonb)`.execute(trx);
      }
      counts[name] = dump.rows.length;
    }
  });
  return counts;
}
