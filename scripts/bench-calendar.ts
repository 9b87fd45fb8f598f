// `npm run bench:calendar`: seeds 5,000 activities and load-tests, with autocannon at 50
// connections for 10 s each, the public calendar API, the public .ics feed and an activist's
// "Min sida" API — and a bare Fastify route returning a constant, as this machine's ceiling.
// Runs on PGlite, then on PostgreSQL when one answers. Prints requests/s, p50/p97.5/p99 and the
// ratio to the bare route. Goal: p99 under 50 ms and at least a third of the bare throughput.
// A measurement, not a test: the numbers vary with the machine's load.
import { execFile } from 'node:child_process';
import http, { type IncomingHttpHeaders } from 'node:http';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { connectDatabase, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { createAccount } from '../src/features/accounts/server/accounts.queries.ts';
import { buildApp } from '../src/server/app.ts';
import { testConfig } from '../src/platform/server/config.ts';
import { createLogger } from '../src/platform/server/logger.ts';
import { createRandom } from '../src/platform/shared/seeded-random.ts';

const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 5000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PASSWORD = 'bench password 1';
const DAY = 86_400_000;
const run = promisify(execFile);

async function seed(database: Database) {
  const { db } = database;
  await migrate(db);
  const org = await db
    .insertInto('organizations')
    .values({ kind: 'association', slug: 'bench', name: 'Bänkföreningen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const organization_id = org.id;
  const groups = await db
    .insertInto('local_groups')
    .values(Array.from({ length: 8 }, (_, i) => ({ organization_id, name: `Grupp ${i + 1}` })))
    .returning('id')
    .execute();
  const type = await db
    .insertInto('activity_types')
    .values({ organization_id, key: 'leafleting', name: 'Flygbladsutdelning' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const account = await createAccount(db, {
    organizationId: organization_id,
    email: 'aktivist@bench.example.org',
    firstName: 'Bänk',
    lastName: 'Aktivist',
    role: 'activist',
    password: PASSWORD,
    localGroupId: groups[0]!.id,
  });
  const random = createRandom(11);
  const now = Date.now();
  const visibilities = ['public', 'public', 'public', 'public', 'public', 'public', 'public'];
  visibilities.push('members', 'members', 'draft');
  for (let start = 0; start < ACTIVITIES; start += 500) {
    const rows = Array.from({ length: Math.min(500, ACTIVITIES - start) }, () => {
      // Spread over a year back and a year ahead, at whole quarter hours.
      const startsAt = new Date(
        Math.round((now + (random.next() * 2 - 1) * 365 * DAY) / 900_000) * 900_000,
      );
      return {
        organization_id,
        title: `Flygblad vid ${random.pick(['Huddinge C', 'Flemingsberg', 'Skogås', 'Vårby'])}`,
        type_id: type.id,
        local_group_id: random.next() < 0.3 ? null : random.pick(groups).id,
        place: 'Sjödalstorget, Huddinge',
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
        description: 'Vi delar ut **flygblad** om välfärden. Ta med varma kläder!',
        visibility: random.pick(visibilities) as 'public' | 'members' | 'draft',
      };
    });
    const activities = await db
      .insertInto('activities')
      .values(rows)
      .returning(['id', 'starts_at', 'ends_at'])
      .execute();
    await db
      .insertInto('shifts')
      .values(
        activities.map((a) => ({
          organization_id,
          activity_id: a.id,
          starts_at: a.starts_at,
          ends_at: a.ends_at,
          capacity: 10,
          wanted: 6,
        })),
      )
      .execute();
  }
  // The activist has signed up for 30 upcoming shifts.
  const upcoming = await db
    .selectFrom('shifts as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select('s.id')
    .where('a.organization_id', '=', organization_id)
    .where('a.visibility', '<>', 'draft')
    .where('s.starts_at', '>', new Date(now))
    .orderBy('s.starts_at')
    .limit(30)
    .execute();
  await db
    .insertInto('signups')
    .values(
      upcoming.map((s) => ({
        organization_id,
        shift_id: s.id,
        person_id: account.person_id,
        status: 'confirmed' as const,
        source: 'self' as const,
      })),
    )
    .execute();
  await sql`analyze`.execute(db);
}

interface Load {
  requests: number;
  p50: number;
  p975: number;
  p99: number;
  /** Answers with another status than expected. */
  unexpected: number;
}

async function load(
  url: string,
  extraHeaders: Record<string, string> = {},
  expectStatus = 200,
): Promise<Load> {
  const args = ['autocannon', '-c', String(CONNECTIONS), '-d', String(DURATION), '--json'];
  // Browsers and calendar apps all accept gzip; so does this load.
  const headers = { 'accept-encoding': 'gzip', ...extraHeaders };
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const { stdout } = await run('npx', [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p97_5: number; p99: number };
    statusCodeStats: Record<string, { count: number }>;
  };
  const expected = result.statusCodeStats[String(expectStatus)]?.count ?? 0;
  return {
    requests: result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    unexpected: result.requests.total - expected,
  };
}

interface Sample {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One answer as the wire carries it (still gzipped), to size it and to replay it. */
function sample(url: string, headers: Record<string, string> = {}): Promise<Sample> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(name: string, result: Load, bare: Load, sameBytes?: Load) {
  const ratio = result.requests / bare.requests;
  const verdict = result.p99 < 50 && ratio >= 1 / 3 ? 'goal met' : 'GOAL MISSED';
  const ofSame = sameBytes
    ? `  ${((result.requests / sameBytes.requests) * 100).toFixed(0).padStart(3)}% of same bytes`
    : '';
  console.log(
    `  ${name.padEnd(34)} ${result.requests.toFixed(0).padStart(7)} req/s  ` +
      `p50 ${String(result.p50).padStart(3)} ms  p97.5 ${String(result.p975).padStart(3)} ms  ` +
      `p99 ${String(result.p99).padStart(3)} ms  ${(ratio * 100).toFixed(0).padStart(3)}% of bare${ofSame}` +
      `${result.unexpected ? `  (${result.unexpected} unexpected answers!)` : ''}` +
      `${name === 'bare route' || name.startsWith('  ') ? '' : `  ${verdict}`}`,
  );
}

async function measure(label: string, database: Database) {
  const seeding = performance.now();
  await seed(database);
  console.log(
    `${label}: ${ACTIVITIES} activities seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );
  // The production default: public answers are reused for 15 s (tests use 0).
  const config = testConfig({ publicCacheSeconds: 15 });
  const app = await buildApp({ config, database, logger: createLogger('silent') });
  const base = await listen(app);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'aktivist@bench.example.org', password: PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

  const targets = [
    { name: 'public calendar API', url: `${base}/api/public/organizations/bench/activities` },
    { name: 'public .ics feed', url: `${base}/o/bench/calendar.ics` },
    { name: '"Min sida" API (activist)', url: `${base}/api/me/activities`, headers: { cookie } },
  ];
  // The ceiling for each answer's size: a bare route sending the very same bytes. Large answers
  // are bounded by moving bytes (here, mostly autocannon reading them), not by the app.
  const bareApp = Fastify();
  bareApp.get('/', async () => ({ hello: 'world' }));
  const samples: Sample[] = [];
  for (const [index, target] of targets.entries()) {
    const answer = await sample(target.url, target.headers);
    if (answer.status !== 200) throw new Error(`${target.name}: ${answer.status}`);
    samples.push(answer);
    bareApp.get(`/same/${index}`, async (_request, reply) => {
      reply.header('content-encoding', answer.headers['content-encoding'] ?? 'identity');
      return reply.type(String(answer.headers['content-type'])).send(answer.body);
    });
  }
  const bareUrl = await listen(bareApp);

  const bare = await load(bareUrl);
  report('bare route', bare, bare);
  for (const [index, target] of targets.entries()) {
    const answer = samples[index]!;
    const sameBytes = await load(`${bareUrl}/same/${index}`);
    console.log(
      `  ${target.name}: ${kb(answer.body.length)} on the wire ` +
        `(${answer.headers['content-encoding'] ?? 'not compressed'})`,
    );
    report(`  bare route, same ${kb(answer.body.length)}`, sameBytes, bare);
    report(target.name, await load(target.url, target.headers), bare, sameBytes);
  }
  // Calendar apps that poll politely send the ETag they hold: unchanged means 304, no body.
  const feed = samples[1]!;
  report(
    'public .ics feed, app holds ETag',
    await load(targets[1]!.url, { 'if-none-match': String(feed.headers.etag) }, 304),
    bare,
  );
  await bareApp.close();
  await app.close();
}

const only = process.env.BENCH_DATABASE; // 'pglite' or 'postgres' to measure one alone
if (only !== 'postgres') {
  const pglite = await connectDatabase({ dataDir: 'memory://' });
  try {
    await measure('PGlite', pglite);
  } finally {
    await pglite.close();
  }
}

if (only === 'pglite') process.exit(0);
const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${randomBytes(4).toString('hex')}`;
const admin = await connectDatabase({ databaseUrl: url }).catch(() => null);
if (!admin) {
  console.log(`PostgreSQL: not reachable at ${url.replace(/\/\/[^@]*@/, '//')}; skipped`);
} else {
  try {
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    const postgres = await connectDatabase({ databaseUrl: url, schema });
    try {
      await measure('PostgreSQL', postgres);
    } finally {
      await postgres.close();
    }
  } finally {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
    await admin.close();
  }
}
