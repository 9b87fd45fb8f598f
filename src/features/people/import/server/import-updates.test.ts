import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import type { TestAssociation } from '../../../../server/testing.ts';
import { buildPerson } from '../../register/people.factories.ts';
import { importPeople, type ImportOptions } from './import.service.ts';
import { isLossyCopy } from './lossy-text.ts';
import { importOptions } from './import-jobs.fixtures.ts';

// What an update may not do: overwrite letters with an encoding's `?`, or take tags away.
// Invented people only.

let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'uppdatera');
  await t.db
    .insertInto('people')
    .values([
      buildPerson({
        organization_id: org.id,
        first_name: 'Göran',
        last_name: 'Nyström',
        email: 'goran@example.org',
        address: 'Ängsvägen 3',
      }),
      buildPerson({ organization_id: org.id, first_name: 'Lena', email: 'lena@example.org' }),
    ])
    .execute();
});
afterAll(() => t.close());

const options = (overrides: Partial<ImportOptions> = {}) => importOptions(org.id, overrides);

const utf8File = (...lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');

const person = (email: string) =>
  t.db
    .selectFrom('people')
    .select([
      'first_name',
      'last_name',
      'address',
      sql<string[]>`array(select t.name from person_tags pt join tags t on t.id = pt.tag_id
        where pt.person_id = people.id order by t.name)`.as('tags'),
    ])
    .where('organization_id', '=', org.id)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();

describe('isLossyCopy', () => {
  it.each([
    ['Nystr?m', 'Nyström'],
    ['Nystr\uFFFDm', 'Nyström'],
    ['?ngsv?gen 3', 'Ängsvägen 3'],
    ['Nystr??m', 'Nyström'],
  ])('%j is a damaged %j', (next, previous) => {
    expect(isLossyCopy(next, previous)).toBe(true);
  });

  it.each([
    ['Nyström', 'Nyström'],
    ['Nystrom', 'Nyström'],
    ['Vem?', 'Vem'],
    ['Nystr?m', null],
    ['Nystr?m', 'Nystrom'],
    ['Lund?', 'Lundgren'],
  ])('%j is not a damaged %j', (next, previous) => {
    expect(isLossyCopy(next, previous)).toBe(false);
  });
});

describe('a file saved in an encoding without å, ä, ö', () => {
  const damaged = utf8File(
    'Förnamn;Efternamn;E-post;Adress',
    'G?ran;Nystr?m;goran@example.org;?ngsv?gen 3',
    'Lena;Ek;lena@example.org;',
  );

  it('is flagged in the dry run, not counted as an update', async () => {
    const summary = await importPeople(t.db, damaged, 'ansi.csv', options({ isDryRun: true }));
    expect(summary.updated).toBe(1);
    expect(summary.errors).toEqual([
      {
        line: 2,
        code: 'lossy_encoding',
        reason: expect.stringContaining('"Göran" till "G?ran"'),
      },
    ]);
  });

  it('leaves the names as they were', async () => {
    await importPeople(t.db, damaged, 'ansi.csv', options());
    expect(await person('goran@example.org')).toMatchObject({
      first_name: 'Göran',
      last_name: 'Nyström',
      address: 'Ängsvägen 3',
    });
    expect(await person('lena@example.org')).toMatchObject({ last_name: 'Ek' });
  });
});

describe('tags', () => {
  it('adds the tags a row names, creating missing ones, and takes none away', async () => {
    const first = utf8File('Förnamn;E-post;Taggar', 'Lena;lena@example.org;Styrelse, Volontär');
    expect(await importPeople(t.db, first, 'a.csv', options())).toMatchObject({ updated: 1 });
    const second = utf8File('Förnamn;E-post;Taggar', 'Lena;lena@example.org;"volontär; Ringlista"');
    expect(await importPeople(t.db, second, 'b.csv', options())).toMatchObject({ updated: 1 });
    expect((await person('lena@example.org')).tags).toEqual(['Ringlista', 'Styrelse', 'Volontär']);
    const again = await importPeople(t.db, second, 'b.csv', options());
    expect(again).toMatchObject({ updated: 0, skipped: 1 });
  });
});
