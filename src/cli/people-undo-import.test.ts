import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { seedAssociation } from '../server/testing.ts';
import { createCliDatabase, createTempDir, runGrasrot, type CliDatabase } from './cli-testing.ts';

// `grasrot people import` without a membership column, then `people undo-import`, as an
// operator runs them. Every person is invented.

let database: CliDatabase;
let temp: ReturnType<typeof createTempDir>;
const slug = 'cli-undo';

beforeAll(async () => {
  database = await createCliDatabase('undo');
  temp = createTempDir('undo');
  const opened = await connectDatabase(database.connectOptions);
  try {
    await migrate(opened.db);
    await seedAssociation(opened.db, slug);
  } finally {
    await opened.close();
  }
  writeFileSync(
    join(temp.dir, 'kontakter.csv'),
    'Namn;E-post\nSara Lind;sara@example.org\nTom Berg;tom@example.org\n',
  );
}, 60_000);
afterAll(async () => {
  temp?.remove();
  await database?.remove();
});

const grasrot = (...args: string[]) => runGrasrot(args, database.env);

async function emails() {
  const opened = await connectDatabase(database.connectOptions);
  try {
    const rows = await opened.db
      .selectFrom('people')
      .select(['email', 'is_member'])
      .where('email', 'in', ['sara@example.org', 'tom@example.org'])
      .orderBy('email')
      .execute();
    return rows;
  } finally {
    await opened.close();
  }
}

describe('grasrot people undo-import', () => {
  it('says what new people become without a membership column, and undoes the import', async () => {
    const file = join(temp.dir, 'kontakter.csv');
    const run = await grasrot('people', 'import', file, '--org', slug, '--new-people', 'members');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Filen har ingen kolumn för medlemskap: 2 nya läggs in som medlemmar (--new-people); ' +
        'de som redan finns behåller sitt medlemskap',
    );
    expect(run.stdout).toContain(`grasrot people undo-import --org ${slug}`);
    expect(await emails()).toEqual([
      { email: 'sara@example.org', is_member: true },
      { email: 'tom@example.org', is_member: true },
    ]);

    const undo = await grasrot('people', 'undo-import', '--org', slug, '--json');
    expect(undo.code, undo.stderr).toBe(0);
    expect(JSON.parse(undo.stdout)).toEqual({
      removed: 2,
      keptCreated: 0,
      restored: 0,
      keptChanged: 0,
    });
    expect(await emails()).toEqual([]);

    const again = await grasrot('people', 'undo-import', '--org', slug);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^grasrot: .*already been undone/);
  }, 60_000);
});
