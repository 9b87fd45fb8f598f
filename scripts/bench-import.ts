// `npm run bench:import`: imports a generated 100,000-row CSV into a fresh association on PGlite
// (in memory) and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local
// server; skipped when none answers), then imports it again (every row matched), and prints the
// times. A measurement, not a test: nothing is asserted about the clock.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { connectDatabase, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { isPostgresAvailable } from '../src/cli/cli-testing.ts';
import { createCustomField } from '../src/features/custom-fields/server/custom-fields.queries.ts';
import { importPeople } from '../src/features/people/import/server/import.service.ts';
import { createRandom } from '../src/platform/shared/seeded-random.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const url =
  (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) ||
  'postgres://postgres@127.0.0.1:5432/test';

const FIRST = ['Åsa', 'Örjan', 'Märta', 'Karin', 'Sven', 'Ingrid', 'Per', 'Lina', 'Elif', 'Émile'];
const LAST = ['Öberg', 'Ärlemark', 'Lindqvist', 'Fjällström', 'Nilsson', 'Åhlén', 'Ståhl'];
const CITIES = ['Västerås', 'Göteborg', 'Luleå', 'Malmö', 'Umeå', 'Örebro'];

/** Invented people, each with their own e-mail and member number; phone numbers from the 95 kept for fiction. */
function generateCsv(rows: number): Buffer {
  const { pick } = createRandom(7);
  const lines = [
    'Förnamn;Efternamn;E-post;Mobil;Adress;Postnr;Ort;Medlemsnr;Medlem sedan;Födelseår;Kön;Lokalgrupp;Övrigt;Vill ha sms',
  ];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        pick(FIRST),
        pick(LAST),
        `medlem${i}@example.org`,
        i < 95 ? `070-174 06 ${String(5 + i).padStart(2, '0')}` : '',
        `"Storgatan ${i % 200}; lgh ${1000 + (i % 300)}"`,
        `${100 + (i % 900)} ${String(i % 100).padStart(2, '0')}`,
        pick(CITIES),
        String(100_000 + i),
        `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
        String(1940 + (i % 65)),
        i % 2 ? 'kvinna' : 'man',
        i % 3 ? 'Norra' : 'Södra',
        i % 10 ? '' : 'Ringer helst kvällar',
        // A custom field (yes/no), mapped by its label.
        i % 4 ? 'ja' : 'nej',
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

async function bench(name: string, database: Database, file: Buffer) {
  const { db } = database;
  await migrate(db);
  const org = await db
    .insertInto('organizations')
    .values({ kind: 'association', slug: 'bench', name: 'Bänkföreningen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('local_groups')
    .values([
      { organization_id: org.id, name: 'Norra' },
      { organization_id: org.id, name: 'Södra' },
    ])
    .execute();
  await createCustomField(db, org.id, { label: 'Vill ha sms', kind: 'yes_no', options: [] });
  const options = { organizationId: org.id, accountId: null, onMatch: 'update' as const };
  for (const [label, isDryRun] of [
    ['dry run', true],
    ['first import', false],
    ['again (all matched)', false],
  ] as const) {
    const started = performance.now();
    const summary = await importPeople(db, file, 'bench.csv', { ...options, isDryRun });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { created, updated, skipped, errors } = summary;
    console.log(
      `${name.padEnd(10)} ${label.padEnd(20)} ${seconds.padStart(6)} s  ` +
        `created ${created}, updated ${updated}, skipped ${skipped}, errors ${errors.length}`,
    );
  }
}

const file = generateCsv(ROWS);
console.log(`${ROWS} rows × 14 columns, ${(file.length / 1e6).toFixed(1)} MB`);

const pglite = await connectDatabase({ dataDir: 'memory://' });
try {
  await bench('PGlite', pglite, file);
} finally {
  await pglite.close();
}

if (await isPostgresAvailable(url)) {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = await connectDatabase({ databaseUrl: url });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const postgres = await connectDatabase({ databaseUrl: url, schema });
  try {
    await bench('PostgreSQL', postgres, file);
  } finally {
    await postgres.close();
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
    await admin.close();
  }
} else {
  console.log(`PostgreSQL: no server answers at ${new URL(url).host}; skipped`);
}
