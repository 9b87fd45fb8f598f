import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { connectDatabase } from './connect.ts';

// One process at a time opens a PGlite data directory; a lock left by a dead process is taken
// over at once — also in the moment after kill -9 when the process is a zombie its parent has
// not reaped yet (a start right after the kill used to be refused once).

const dirs: string[] = [];
const children: { kill(): void }[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDirLockedBy(pid: number) {
  const dir = mkdtempSync(join(tmpdir(), 'grasrot-lock-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'grasrot.lock'), String(pid));
  return dir;
}

/** Starts `script` under sh and returns the first line it prints (a pid). */
function startShell(script: string): Promise<number> {
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  return new Promise((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))),
  );
}

it.runIf(process.platform === 'linux')('takes over a lock whose owner is a zombie', async () => {
  // The short sleep dies; its parent becomes the long sleep (exec), which never reaps it.
  const zombie = await startShell('sleep 0.05 & echo $!; exec sleep 30');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const database = await connectDatabase({ dataDir: dataDirLockedBy(zombie) });
  await database.close();
});

it('refuses a lock whose owner is alive, naming it in one line', async () => {
  const alive = await startShell('echo $$; exec sleep 30');
  await expect(connectDatabase({ dataDir: dataDirLockedBy(alive) })).rejects.toThrow(
    new RegExp(`^the database in .* is in use by process ${alive};`),
  );
});

it('says in one line why PostgreSQL cannot be opened, without the password', async () => {
  const url = 'postgres://grasrot:hemligt@127.0.0.1:1/grasrot';
  const failure = await connectDatabase({ databaseUrl: url }).then(
    () => null,
    (error: Error) => error.message,
  );
  expect(failure).toBe(
    'cannot connect to PostgreSQL at 127.0.0.1:1: nothing answers there; is PostgreSQL running?',
  );
});
