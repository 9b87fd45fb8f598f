import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { huddingeFiles } from '../features/areas/server/areas.demo.ts';
import { readHuddingeFile } from '../features/areas/server/import/election-files.fixtures.ts';
import { seedAssociation } from '../server/testing.ts';
import { createCliDatabase, createTempDir, runGrasrot, type CliDatabase } from './cli-testing.ts';

// `grasrot districts import` with Huddinge's real files (db/seed/elections/huddinge/), as an
// operator runs it: the 2022 municipal election, with its unallocated early votes in a second
// results file as the cleaned data keeps them.

let database: CliDatabase;
let temp: ReturnType<typeof createTempDir>;
const slug = 'cli-districts';
const huddinge = huddingeFiles('sweref99tm');

beforeAll(async () => {
  database = await createCliDatabase('districts');
  temp = createTempDir('districts');
  const opened = await connectDatabase(database.connectOptions);
  try {
    await migrate(opened.db);
    await seedAssociation(opened.db, slug);
  } finally {
    await opened.close();
  }
  writeFileSync(join(temp.dir, 'results.csv'), readHuddingeFile('huddinge_results_2022.csv'));
  writeFileSync(
    join(temp.dir, 'unallocated.csv'),
    readHuddingeFile('huddinge_results_2022_unallocated.csv'),
  );
  writeFileSync(join(temp.dir, 'districts.geojson'), huddinge.geometry);
  writeFileSync(join(temp.dir, 'broken.csv'), 'district_code,district_name,eligible_voters\n');
}, 60_000);
afterAll(async () => {
  temp?.remove();
  await database?.remove();
});

const grasrot = (...args: string[]) => runGrasrot(args, database.env);
const geometry = () => join(temp.dir, 'districts.geojson');

describe('grasrot districts import', () => {
  it('imports Huddinge 2022 and prints one JSON line with the totals', async () => {
    const args = ['districts', 'import', '--org', slug, '--geometry', geometry()];
    const run = await grasrot(
      ...args,
      '--results',
      join(temp.dir, 'results.csv'),
      '--results',
      join(temp.dir, 'unallocated.csv'),
      '--election',
      'Kommunval 2022',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      municipality: '0126',
      projection: 'sweref99tm',
      districts: 64,
      matched: 64,
      unmatched: [],
      unallocated: 1,
      eligible_voters: 84765,
      votes_cast: 62949,
      replaced: false,
    });

    const broken = await grasrot(
      ...args,
      '--results',
      join(temp.dir, 'broken.csv'),
      '--election',
      'Kommunval 2022',
      '--json',
    );
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).error).toMatch(/Resultatfilen/);
    expect(broken.stderr).toMatch(/^grasrot: Resultatfilen/);

    // The districts' rows alone: the early votes not tied to a district are missing.
    const again = await grasrot(
      ...args,
      '--results',
      join(temp.dir, 'results.csv'),
      '--election',
      'Kommunval 2022',
      '--municipality',
      '0126',
      '--json',
    );
    expect(JSON.parse(again.stdout)).toMatchObject({
      districts: 64,
      unallocated: 0,
      eligible_voters: 84765,
      votes_cast: 60386,
      replaced: true,
    });
    const opened = await connectDatabase(database.connectOptions);
    try {
      const elections = await opened.db.selectFrom('elections').select('name').execute();
      expect(elections).toEqual([{ name: 'Kommunval 2022' }]);
    } finally {
      await opened.close();
    }
  }, 120_000);

  it('refuses missing options with a usage line', async () => {
    const run = await grasrot('districts', 'import', '--org', slug);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^grasrot: --election is required/);
  });
});
