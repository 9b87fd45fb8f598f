import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import {
  INVALIDATION_CHANNEL,
  Invalidations,
  listenForInvalidations,
  watchInvalidations,
} from './invalidations.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { AppError } from '../src/platform/shared/app-error.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Committed writes' cache invalidations, from this process and others (invalidations.ts). */
  invalidations: Invalidations;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL URL; when absent, the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data directory, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (tests use one fresh schema each). */
  schema?: string;
}

const INT8 = 20;
const DATE = 1082;

/** Opens PGlite (default) or a PostgreSQL pool (when `databaseUrl` is set), with the same row types. */
export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.schema);
  return connectPGlite(options.dataDir ?? './data');
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite's files must be opened by one process at a time (a second one would corrupt them),
 * so the data directory carries a lock file with the owner's pid. A lock left by a process
 * that died (kill -9, power loss) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  // Party membership is special-category data: the directory is the owner's alone.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const lockFile = join(dataDir, 'grasrot.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' creates the file only if it does not exist: two processes cannot both win.
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
      throw new AppError(
        'conflict',
        `the database in ${dataDir} is in use by process ${owner}; stop the server first ` +
          `(if no Gräsrot process is running, delete ${lockFile})`,
      );
    }
    // Left by a process that died: take it over.
    rmSync(lockFile, { force: true });
  }
  throw new AppError('conflict', `could not lock ${dataDir}; is another process starting?`);
}

async function connectPGlite(dataDir: string): Promise<Database> {
  const unlock = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      // Counts as numbers and dates as 'YYYY-MM-DD', as the pg pool below is told too.
      parsers: { [INT8]: (value: string) => Number(value), [DATE]: (value: string) => value },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const invalidations = new Invalidations();
  // One process: every notice, published by code or by a trigger, comes back on the one
  // connection with the statement that commits it, before that statement's caller goes on.
  await pglite.listen(INVALIDATION_CHANNEL, (payload) => invalidations.deliver(payload));
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    invalidations,
    async close() {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}

async function connectPostgres(databaseUrl: string, schema?: string): Promise<Database> {
  const settings = {
    connectionString: databaseUrl,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool({
    ...settings,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return (value: string) => Number(value);
        if (oid === DATE) return (value: string) => value;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A connection that drops while idle must not crash the server; the pool replaces it.
  pool.on('error', () => {});
  const invalidations = new Invalidations();
  const db = new Kysely<DB>({
    dialect: watchInvalidations(new PostgresDialect({ pool }), invalidations),
  });
  await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  // Notices are sent to every process listening on the database, whatever its schema.
  const stopListening = await listenForInvalidations(() => new pg.Client(settings), invalidations);
  return {
    db,
    kind: 'postgres',
    invalidations,
    async close() {
      await stopListening();
      await db.destroy();
    },
  };
}
