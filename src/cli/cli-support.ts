import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sql } from 'kysely';
import { connectDatabase, type Database } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { AppError } from '../platform/shared/app-error.ts';
import { loadConfig, type Config } from '../platform/server/config.ts';

/** A mistake of the person at the keyboard: printed as one line, exit code 1. */
export class UsageError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type Command = (args: string[], io: CliIo) => Promise<CommandResult>;

export interface CommandResult {
  /** The machine-readable summary printed with --json. */
  json: Record<string, unknown>;
  /** The line(s) printed otherwise. */
  text: string;
  /** The command wrote its output to stdout (`--out -`): the summary goes to stderr. */
  isStdoutTaken?: boolean;
}

/** Parses options strictly; unknown or malformed options are usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, json: { type: 'boolean' as const } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function requireOption(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required`);
  return value.trim();
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The configuration from the environment, plus DATABASE_SCHEMA (PostgreSQL only): the schema to
 * work in, so a restore, a migration or a server can target one schema of a shared database.
 */
export function loadCliConfig(): Config {
  const config = loadConfig();
  const schema = process.env.DATABASE_SCHEMA || undefined;
  if (schema && !config.databaseUrl) throw new UsageError('DATABASE_SCHEMA needs DATABASE_URL');
  if (schema && !SCHEMA_NAME.test(schema)) {
    throw new UsageError('DATABASE_SCHEMA must be lowercase letters, digits and underscores');
  }
  return { ...config, databaseSchema: schema };
}

/** Opens the configured database without migrating. */
export async function connectConfigured(): Promise<Database> {
  const config = loadCliConfig();
  const schema = config.databaseSchema;
  // A database that cannot be reached is an AppError of its own ('unavailable', db/connect.ts):
  // one line naming the host, never the password.
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema,
  });
  if (schema) {
    const found = await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(
      database.db,
    );
    if (found.rows.length === 0) {
      await database.close();
      throw new UsageError(`DATABASE_SCHEMA "${schema}" does not exist; create it first`);
    }
  }
  return database;
}

/** Opens the configured database and brings it up to date. */
export async function openDatabase(): Promise<Database> {
  const database = await connectConfigured();
  try {
    await migrate(database.db);
  } catch (error) {
    // A pool left open would keep the process alive after the error is printed.
    await database.close();
    throw error;
  }
  return database;
}

export async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** True for errors whose message is meant for the user (no stack trace). */
export function isUserError(error: unknown): error is Error {
  // A database that cannot be opened is for the person starting it to fix: one line, no stack.
  return (
    error instanceof UsageError ||
    (error instanceof AppError && (error.status < 500 || error.code === 'unavailable'))
  );
}
