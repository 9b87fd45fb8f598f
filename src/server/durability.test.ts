import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCliDatabase,
  runGrasrot,
  startGrasrotServer,
  stopGrasrotServer,
  type CliDatabase,
  type ServerProcess,
} from '../cli/cli-testing.ts';

// The real server on a PGlite data dir (or a PostgreSQL schema with TEST_DATABASE_URL): what it
// has answered 201 to is on disk, even when the process is killed with SIGKILL in the middle
// of writes; SIGTERM finishes the requests under way and exits cleanly.

const admin = { email: 'admin@durability.example.org', password: 'ett långt lösenord' };
const isPostgres = Boolean(process.env.TEST_DATABASE_URL);
let database: CliDatabase;
let env: Record<string, string>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  database = await createCliDatabase('durability');
  env = {
    ...database.env,
    GRASROT_ADMIN_EMAIL: admin.email,
    GRASROT_ADMIN_PASSWORD: admin.password,
  };
});
afterAll(async () => {
  await stopGrasrotServer(server);
  await database?.remove();
});

interface Session {
  url: string;
  headers: Record<string, string>;
}

async function logIn(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('grasrot_session='));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { url, headers: { cookie: cookie!.split(';')[0]!, 'x-csrf-token': csrfToken } };
}

async function createGroup(session: Session, name: string) {
  return fetch(`${session.url}/api/local-groups`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name, areaDescription: 'Skapad under ett krocktest.' }),
  });
}

async function listGroupNames(session: Session): Promise<string[]> {
  const response = await fetch(`${session.url}/api/local-groups`, { headers: session.headers });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { name: string }[] };
  return body.items.map((group) => group.name);
}

interface Writes {
  acknowledged: string[];
  attempted: number;
  /** Answers other than 201, and errors other than a dropped connection. */
  unexpected: string[];
  inFlightAtStop: number;
}

/**
 * Eight clients create local groups as fast as they can; once `stopAfter` are acknowledged,
 * `stop` is called (a signal to the server) while the other requests are still under way.
 */
async function writeUntil(
  session: Session,
  label: string,
  stopAfter: number,
  stop: () => void,
): Promise<Writes> {
  const writes: Writes = { acknowledged: [], attempted: 0, unexpected: [], inFlightAtStop: 0 };
  let inFlight = 0;
  let isStopped = false;
  const client = async (clientId: number) => {
    for (let i = 0; !isStopped; i++) {
      const name = `${label} ${clientId}-${i}`;
      writes.attempted += 1;
      inFlight += 1;
      try {
        const response = await createGroup(session, name);
        if (response.status === 201) writes.acknowledged.push(name);
        // Fastify turns away requests that arrive once closing has begun: not written, not lost.
        else if (response.status === 503 && isStopped) return;
        else writes.unexpected.push(`${response.status} ${await response.text()}`);
      } catch {
        return; // the connection ended with the server
      } finally {
        inFlight -= 1;
      }
      if (writes.acknowledged.length >= stopAfter && !isStopped) {
        isStopped = true;
        writes.inFlightAtStop = inFlight;
        stop();
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, id) => client(id)));
  return writes;
}

/** Every acknowledged write is there, and nothing that was never attempted. */
async function expectAllThere(writes: Writes, before: number) {
  server = await startGrasrotServer(env);
  const names = await listGroupNames(await logIn(server.url));
  const missing = writes.acknowledged.filter((name) => !names.includes(name));
  expect(missing, `acknowledged ${writes.acknowledged.length} of ${writes.attempted}`).toEqual([]);
  // The demo was not created again over the existing data.
  expect(names.filter((name) => name === 'Flemingsberg')).toHaveLength(1);
  expect(names.length - before).toBeGreaterThanOrEqual(writes.acknowledged.length);
  expect(names.length - before).toBeLessThanOrEqual(writes.attempted);
  return names;
}

/**
 * A write that a keep-alive client (a browser, say) has begun but not finished sending: the
 * headers go now, the body when `sendBody` is called. The connection stays open afterwards.
 */
async function startSlowWrite(session: Session, name: string) {
  const { hostname, port } = new URL(session.url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  const body = JSON.stringify({ name });
  socket.write(
    [
      'POST /api/local-groups HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...Object.entries(session.headers).map(([header, value]) => `${header}: ${value}`),
      '',
      '',
    ].join('\r\n'),
  );
  const status = new Promise<number | string>((resolve) => {
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
      const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (match) resolve(Number(match[1]));
    });
    socket.on('close', () => resolve(`closed without an answer: ${answer}`));
    socket.on('error', (error) => resolve(error.message));
  });
  return { sendBody: () => socket.write(body), status };
}

describe('a server killed with SIGKILL during writes', () => {
  it('loses none of the writes it answered 201', { timeout: 180_000 }, async () => {
    server = await startGrasrotServer(env);
    const session = await logIn(server.url);
    const before = (await listGroupNames(session)).length;
    const victim = server;
    const writes = await writeUntil(session, 'Före SIGKILL', 60, () =>
      victim.child.kill('SIGKILL'),
    );
    expect(await victim.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(writes.unexpected).toEqual([]);
    expect(writes.inFlightAtStop, 'requests were under way at the kill').toBeGreaterThan(0);
    await expectAllThere(writes, before);
  });
});

describe('a server stopped with SIGTERM', () => {
  it.skipIf(isPostgres)('keeps other processes out of its data dir while it runs', async () => {
    server ??= await startGrasrotServer(env);
    const backup = await runGrasrot(['backup', join(tmpdir(), 'grasrot-never-written.gz')], env);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/^grasrot: the database in .* is in use by process \d+/);
    expect(backup.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it(
    'finishes the writes under way, exits 0 promptly, and restarts with the data intact',
    { timeout: 120_000 },
    async () => {
      server ??= await startGrasrotServer(env);
      const session = await logIn(server.url);
      const before = (await listGroupNames(session)).length;
      const stopping = server;
      const slow = await startSlowWrite(session, 'Skapad under nedstängningen');
      let stoppedAt = 0;
      const writes = await writeUntil(session, 'Före SIGTERM', 20, () => {
        stoppedAt = Date.now();
        stopping.child.kill('SIGTERM');
        setTimeout(slow.sendBody, 200);
      });
      // Promptly: well within the 10 s a container runtime waits before it sends SIGKILL.
      const exit = await Promise.race([
        stopping.exited,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000 + 20)),
      ]);
      if (!exit) await stopGrasrotServer(stopping);
      expect(exit, 'the server exits within 5 s of SIGTERM').toEqual({ code: 0, signal: null });
      expect(Date.now() - stoppedAt).toBeLessThan(5_000);
      // Requests under way when the signal came are answered; later ones are turned away (503).
      expect(await slow.status).toBe(201);
      writes.attempted += 1;
      writes.acknowledged.push('Skapad under nedstängningen');
      expect(writes.unexpected).toEqual([]);
      expect(stopping.output()).not.toMatch(/"level":(50|60)/);
      await expectAllThere(writes, before);

      const last = server!;
      last.child.kill('SIGTERM');
      expect(await last.exited).toEqual({ code: 0, signal: null });
    },
  );
});
