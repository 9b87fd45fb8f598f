// `npm run bench:people`: seeds 100,000 people with tags and custom fields, then times opening
// a saved list with three combined conditions (first page + count), on PGlite and on
// PostgreSQL. Prints median and p95 against the goals (500 ms PGlite, 150 ms PostgreSQL).
// A measurement, not a test: the numbers vary with the machine's load.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { connectDatabase, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { compileFilter } from '../src/features/lists/server/filter-sql.ts';
import type { FilterGroup } from '../src/features/lists/lists.contract.ts';
import { listPeople } from '../src/features/people/register/server/register.queries.ts';
import { firstNames, lastNames } from '../src/features/people/register/people.factories.ts';
import { createRandom } from '../src/platform/shared/seeded-random.ts';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const RUNS = 30;
const cities = ['Huddinge', 'Flemingsberg', 'Skogås', 'Trångsund', 'Vårby', 'Segeltorp', 'Stuvsta'];

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
    .values(cities.slice(0, 5).map((name) => ({ organization_id, name })))
    .returning('id')
    .execute();
  const tags = await db
    .insertInto('tags')
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        organization_id,
        name: `Tagg ${i}`,
        colour: '#336699',
      })),
    )
    .returning('id')
    .execute();
  const field = await db
    .insertInto('custom_fields')
    .values({
      organization_id,
      label: 'Tröjstorlek',
      kind: 'choice',
      options: JSON.stringify(['S', 'M', 'L']),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const random = createRandom(7);
  const started = performance.now();
  for (let start = 0; start < PEOPLE; start += 2000) {
    const rows = Array.from({ length: Math.min(2000, PEOPLE - start) }, (_, i) => ({
      organization_id,
      first_name: random.pick(firstNames),
      last_name: random.pick(lastNames),
      email: `person${start + i}@example.org`,
      phone: `+467${String(10_000_000 + start + i)}`,
      city: random.pick(cities),
      is_member: random.next() < 0.8,
      local_group_id: random.next() < 0.9 ? random.pick(groups).id : null,
      birth_year: random.int(1940, 2006),
      custom: JSON.stringify(
        random.next() < 0.5 ? { [field.id]: random.pick(['S', 'M', 'L']) } : {},
      ),
    }));
    const people = await db.insertInto('people').values(rows).returning('id').execute();
    const tagged = people.flatMap((person) =>
      random.next() < 0.3
        ? [...new Set([random.pick(tags).id, random.pick(tags).id])].map((tag_id) => ({
            organization_id,
            person_id: person.id,
            tag_id,
          }))
        : [],
    );
    if (tagged.length) await db.insertInto('person_tags').values(tagged).execute();
  }
  await sql`analyze`.execute(db);
  return { organization_id, groups, tags, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, database: Database, goalMs: number) {
  const seeded = await seed(database);
  // Members in two groups carrying either of two tags, not born after 1990.
  const filter: FilterGroup = {
    type: 'group',
    op: 'and',
    not: false,
    conditions: [
      { type: 'membership', isMember: true },
      { type: 'tag', tagIds: [seeded.tags[0]!.id, seeded.tags[1]!.id], match: 'any' },
      {
        type: 'group',
        op: 'or',
        not: false,
        conditions: [
          {
            type: 'localGroup',
            localGroupIds: [seeded.groups[0]!.id, seeded.groups[1]!.id],
            includeNone: false,
          },
          { type: 'birthYear', from: null, to: 1990 },
        ],
      },
    ],
  };
  const open = () =>
    listPeople(database.db, seeded.organization_id, {
      groupIds: 'all',
      where: (eb) => compileFilter(eb, filter),
      limit: 50,
      offset: 0,
    });
  let total = 0;
  for (let i = 0; i < 3; i++) total = (await open()).total;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await open();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(
    `${name.padEnd(10)} seeded ${PEOPLE} people in ${seeded.seconds.toFixed(1)} s; ` +
      `saved list (${total} match): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ` +
      `(goal p95 < ${goalMs} ms: ${(p95 / goalMs).toFixed(2)}× of it)`,
  );
}

const pglite = await connectDatabase({ dataDir: 'memory://' });
try {
  await measure('PGlite', pglite, 500);
} finally {
  await pglite.close();
}

const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${randomBytes(4).toString('hex')}`;
const admin = await connectDatabase({ databaseUrl: url }).catch(() => null);
if (!admin) {
  console.log(`PostgreSQL skipped: no server at ${new URL(url).host}`);
} else {
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const postgres = await connectDatabase({ databaseUrl: url, schema });
  try {
    await measure('PostgreSQL', postgres, 150);
  } finally {
    await postgres.close();
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
    await admin.close();
  }
}
