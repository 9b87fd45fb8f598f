import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type ConnectOptions, type DatabaseKind } from '../../db/connect.ts';

/** Helpers for tests that run the real `grasrot` command as a child process. */

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/grasrot.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a child gets: this one without the database and admin settings a developer
 * or CI may have set, so each test names the database it means.
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_SCHEMA',
    'TEST_DATABASE_URL',
    'GRASROT_ADMIN_EMAIL',
    'GRASROT_ADMIN_PASSWORD',
    'SMTP_URL',
    'PORT',
    'PUBLIC_URL',
    'NODE_OPTIONS',
  ]) {
    delete base[name];
  }
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

/** Runs `node bin/grasrot.js …args` to the end. */
export function runGrasrot(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A fresh directory under the OS temp dir, and a function that removes it. */
export function createTempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `grasrot-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A TCP port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the server printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `grasrot serve --no-build` and waits until /api/health answers 200. */
export async function startGrasrotServer(
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<ServerProcess> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [bin, 'serve', '--no-build'], {
    cwd: root,
    env: childEnv({ HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server = { child, url, output: () => output, exited };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited before answering:\n${output}`);
    }
    const isUp = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (isUp) return server;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Kills a server process if it still runs and waits for it to end. */
export async function stopGrasrotServer(server: ServerProcess | undefined) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}

/** The PostgreSQL server for tests: TEST_DATABASE_URL, else the local default. */
export const postgresUrl =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** True when a PostgreSQL server answers at `postgresUrl` within a few seconds. */
export async function isPostgresAvailable(url = postgresUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface CliDatabase {
  kind: DatabaseKind;
  /** The variables that point the command (a child process, or main() in-process) at it. */
  env: Record<string, string>;
  /** For opening it from the test itself. */
  connectOptions: ConnectOptions;
  remove(): Promise<void>;
}

/**
 * An empty database for the command: a PGlite data dir in a temp dir, or a fresh schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (as createTestDatabase does for in-process tests).
 */
export async function createCliDatabase(prefix: string): Promise<CliDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const temp = createTempDir(prefix);
    const dataDir = join(temp.dir, 'data');
    return {
      kind: 'pglite',
      env: { GRASROT_DATA_DIR: dataDir, DATABASE_URL: '', DATABASE_SCHEMA: '' },
      connectOptions: { dataDir },
      remove: async () => temp.remove(),
    };
  }
  const schema = `cli_${prefix.replace(/\W/g, '_')}_${randomBytes(5).toString('hex')}`;
  const admin = await connectDatabase({ databaseUrl: url });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
    connectOptions: { databaseUrl: url, schema },
    async remove() {
      const database = await connectDatabase({ databaseUrl: url });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
      await database.close();
    },
  };
}
