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
  /** PGlite only: its data directory as a tar, to start another database from (`snapshot`). */
  dump?: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL URL; when absent, the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data directory, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (tests use one fresh schema each). */
  schema?: string;
  /**
   * PGlite only: a data directory to start from, as PGlite's `dumpDataDir` wrote it (a tar).
   * Tests start from one migrated database instead of making a new one each (seconds a file).
   */
  snapshot?: Uint8Array;
}

const INT8 = 20;
const DATE = 1082;

/** Opens PGlite (default) or a PostgreSQL pool (when `databaseUrl` is set), with the same row types. */
export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.schema);
  return connectPGlite(options.dataDir ?? './data', options.snapshot);
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A process killed (kill -9) but not yet reaped by its parent still answers: on Linux its
  // state says it is a zombie, and its lock can be taken over at once.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).charAt(0);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/**
 * PGlite's files must be opened by one process at a time (a second one would corrupt them),
 * so the data directory carries a lock file with the owner's pid. A lock left by a process
 * that died (kill -9, power loss), or that is dead but not yet reaped, is taken over.
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

async function connectPGlite(dataDir: string, snapshot?: Uint8Array): Promise<Database> {
  const unlock = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, {
      // Counts as numbers and dates as 'YYYY-MM-DD', as the pg pool below is told too.
      parsers: { [INT8]: (value: string) => Number(value), [DATE]: (value: string) => value },
      ...(snapshot ? { loadDataDir: new Blob([snapshot as Uint8Array<ArrayBuffer>]) } : {}),
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
    dump: async () => new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer()),
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
  try {
    await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new AppError('unavailable', describeConnectFailure(databaseUrl, error));
  }
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

/** Why PostgreSQL could not be opened, in one line a person can act on (no password, no stack). */
export function describeConnectFailure(databaseUrl: string, error: unknown): string {
  const url = new URL(databaseUrl);
  const where = url.port ? url.host : `${url.host}:5432`;
  const database = decodeURIComponent(url.pathname.slice(1)) || '(default)';
  const user = decodeURIComponent(url.username) || '(default)';
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'nothing answers there; is PostgreSQL running?',
    ENOTFOUND: 'the host is not known',
    EAI_AGAIN: 'the host could not be looked up',
    ETIMEDOUT: 'no answer in time',
    '28P01': `the password of user ${user} was refused`,
    '28000': `user ${user} may not log in`,
    '3D000': `there is no database ${database}`,
    '57P03': 'it is starting up or shutting down; try again shortly',
  };
  const reason =
    (typeof code === 'string' && reasons[code]) ||
    `it could not be opened (${typeof code === 'string' ? code : 'no code'})`;
  return `cannot connect to PostgreSQL at ${where}: ${reason}`;
}
