// `npm run bench:areas`: the election districts at scale, on PGlite in memory. Reads Västra
// Götaland's published files from ../shared/data/elections/vastra-gotaland/ when present (else
// Huddinge's from db/seed), and prints: the time to import the county's largest municipality
// (both files read, checked and stored in one transaction, as the API and the CLI do); the
// whole county's map per zoom level (bytes and gzip bytes of the TopoJSON, all 1,090 districts);
// and the map API's requests/s (the topology and the results of that election, gzipped) beside
// a bare Fastify route in the same run. A measurement, not a test: the numbers vary with the
// machine's load.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { connectDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { createAccount } from '../src/features/accounts/server/accounts.queries.ts';
import { huddingeFiles } from '../src/features/areas/server/areas.demo.ts';
import { importElection } from '../src/features/areas/server/election-import.service.ts';
import { topologySizes } from '../src/features/areas/server/geometry/district-topology.ts';
import {
  readGeometryFile,
  toDistrictShapes,
} from '../src/features/areas/server/import/election-geometry.ts';
import { buildApp } from '../src/server/app.ts';
import { testConfig } from '../src/platform/server/config.ts';
import { createLogger } from '../src/platform/server/logger.ts';
import { listen, sample, startBareServer } from './bench/bare-server.ts';
import { chooseGenerator } from './bench/load-generator.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const PASSWORD = 'bench password 1';
const county = new URL('../../shared/data/elections/vastra-gotaland/', import.meta.url);
const hasCounty = existsSync(new URL('VD_14_20220910_Val_20220911.json', county));

const files = hasCounty
  ? {
      geometry: readFileSync(new URL('VD_14_20220910_Val_20220911.json', county), 'utf8'),
      results: readFileSync(new URL('kommun_2022_vastra_gotaland.csv', county), 'utf8'),
      municipality: '1480',
    }
  : { ...huddingeFiles('sweref99tm'), municipality: '0126' };
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const database = await connectDatabase({ dataDir: 'memory://' });
await migrate(database.db);
const org = await database.db
  .insertInto('organizations')
  .values({ kind: 'association', slug: 'bench', name: 'Bänkföreningen' })
  .returning('id')
  .executeTakeFirstOrThrow();
await createAccount(database.db, {
  organizationId: org.id,
  email: 'organisator@bench.example.org',
  firstName: 'Bänk',
  lastName: 'Organisatör',
  role: 'organizer',
  password: PASSWORD,
});

console.log(hasCounty ? 'Västra Götaland (../shared)' : 'Huddinge (no ../shared county file)');
const started = performance.now();
const { election, report } = await importElection(
  database.db,
  org.id,
  { ...files, election: 'Kommunval 2022' },
  null,
);
console.log(
  `  import of ${report.municipality.name}: ${report.districts} districts, ` +
    `${report.unallocated} unallocated rows, in ${seconds(performance.now() - started)}`,
);

// The whole file's districts, every municipality: what one county map draws.
const file = readGeometryFile(files.geometry);
const shapes = toDistrictShapes(file.districts, file.projection);
const sizes = topologySizes(shapes);
console.log(
  `  whole file as one map: ${shapes.length} districts, topology built in ${seconds(sizes.prepareMilliseconds)}`,
);
for (const level of sizes.levels)
  console.log(
    `    ${level.level.padEnd(13)} ${kb(level.bytes).padStart(10)}  gzip ${kb(level.gzipBytes).padStart(9)}` +
      `  (${seconds(level.milliseconds)})${level.level === 'county' && level.gzipBytes >= 1024 * 1024 ? '  OVER 1 MB!' : ''}`,
  );

const app = await buildApp({
  config: testConfig(),
  database,
  logger: createLogger('silent'),
});
const base = await listen(app);
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'organisator@bench.example.org', password: PASSWORD },
});
const headers = {
  cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  'accept-encoding': 'gzip',
};
const targets = [
  {
    name: 'topology, county level',
    url: `${base}/api/areas/elections/${election.id}/topology?level=county`,
  },
  {
    name: 'topology, district level',
    url: `${base}/api/areas/elections/${election.id}/topology?level=district`,
  },
  { name: 'results per district', url: `${base}/api/areas/elections/${election.id}` },
];
const samples = [];
for (const target of targets) {
  const answer = await sample(target.url, headers);
  if (answer.status !== 200) throw new Error(`${target.name}: ${answer.status}`);
  samples.push(answer);
}
const bare = await startBareServer(samples);
const generator = chooseGenerator();
const load = (url: string) =>
  generator.load(url, { seconds: SECONDS, connections: CONNECTIONS, headers });
const line = (name: string, bytes: string, requests: number, p99: number) =>
  console.log(
    `  ${name.padEnd(36)} ${bytes.padStart(10)} ${requests.toFixed(0).padStart(7)} req/s  p99 ${p99.toFixed(1)} ms`,
  );
console.log(`  ${generator.name}, ${CONNECTIONS} connections, ${SECONDS} s a run`);
const constant = await load(bare.constantUrl);
line('bare Fastify route, constant', '17 B', constant.requests, constant.p99);
for (const [index, target] of targets.entries()) {
  const bytes = `${kb(samples[index]!.body.length)}${samples[index]!.headers['content-encoding'] ? ' gz' : ''}`;
  const same = await load(bare.sameBytesUrl(index));
  line('  bare route, same bytes', bytes, same.requests, same.p99);
  const result = await load(target.url);
  line(target.name, bytes, result.requests, result.p99);
}
await bare.close();
await app.close();
await database.close();
