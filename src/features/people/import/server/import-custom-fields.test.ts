import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import type { TestAssociation } from '../../../../server/testing.ts';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import { createCustomField } from '../../../custom-fields/server/custom-fields.queries.ts';
import { buildPerson } from '../../register/people.factories.ts';
import { importPeople, type ImportOptions, type ImportProgress } from './import.service.ts';

// Columns for the association's own fields, saved into `people.custom`. Invented people only.

let t: TestApp;
let org: TestAssociation;
let shoes: CustomField;
let days: CustomField;
let sms: CustomField;
let joined: CustomField;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'egna-falt');
  const field = (label: string, kind: CustomField['kind'], options: string[] = []) =>
    createCustomField(t.db, org.id, { label, kind, options });
  shoes = await field('Skostorlek', 'number');
  days = await field('Kan ställa upp', 'multi_choice', ['Vardagar', 'Helger', 'Kvällar']);
  sms = await field('Vill ha sms', 'yes_no');
  joined = await field('Första aktionen', 'date');
});
afterAll(() => t.close());

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  organizationId: org.id,
  accountId: null,
  onMatch: 'update',
  isDryRun: false,
  ...overrides,
});

const csv = (...lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

const customOf = async (email: string) =>
  (
    await t.db
      .selectFrom('people')
      .select('custom')
      .where('organization_id', '=', org.id)
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
  ).custom;

describe('importing custom fields', () => {
  it('saves values parsed by kind for columns named as the fields', async () => {
    const file = csv(
      'Namn;E-post;Skostorlek;Kan ställa upp;Vill ha SMS;Första aktionen',
      'Åsa Öberg;asa@example.com;38,5;"vardagar; kvällar";ja;5 mars 2021',
      'Per Åhlén;per@example.com;43;;nej;',
    );
    const summary = await importPeople(t.db, file, 'f.csv', options());
    expect(summary).toMatchObject({ created: 2, errors: [] });
    expect(await customOf('asa@example.com')).toEqual({
      [shoes.id]: 38.5,
      [days.id]: ['Vardagar', 'Kvällar'],
      [sms.id]: true,
      [joined.id]: '2021-03-05',
    });
    expect(await customOf('per@example.com')).toEqual({ [shoes.id]: 43, [sms.id]: false });
  });

  it('reports a bad value by line and reason and imports the other rows', async () => {
    const file = csv(
      'Namn;E-post;Skostorlek;Kan ställa upp',
      'Karin Fjällström;karin@example.com;stor;',
      'Lina Nordgren;lina@example.com;39;Helger, lördagar',
      'Elif Kaya;elif@example.com;40;helger',
    );
    const summary = await importPeople(t.db, file, 'f.csv', options());
    expect(summary.created).toBe(1);
    expect(summary.errors).toEqual([
      { line: 2, code: 'invalid_number', reason: 'Skostorlek: "stor" är inget tal' },
      {
        line: 3,
        code: 'invalid_choice',
        reason: 'Kan ställa upp: "lördagar" finns inte bland valen (Vardagar, Helger, Kvällar)',
      },
    ]);
    expect(await customOf('elif@example.com')).toEqual({ [shoes.id]: 40, [days.id]: ['Helger'] });
  });

  it("on update replaces only the imported fields' values", async () => {
    await t.db
      .insertInto('people')
      .values(
        buildPerson({
          organization_id: org.id,
          email: 'sven@example.com',
          custom: JSON.stringify({ [shoes.id]: 44, [sms.id]: true, [days.id]: ['Helger'] }),
        }),
      )
      .execute();
    // An empty cell never blanks out a value; the same choices in another order change nothing.
    const file = csv('E-post;Namn;Skostorlek;Vill ha sms', 'sven@example.com;Sven Nilsson;45;');
    const summary = await importPeople(t.db, file, 'f.csv', options());
    expect(summary).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(await customOf('sven@example.com')).toEqual({
      [shoes.id]: 45,
      [sms.id]: true,
      [days.id]: ['Helger'],
    });
    const again = csv('E-post;Namn;Skostorlek', 'sven@example.com;Sven Nilsson;45');
    expect(await importPeople(t.db, again, 'f.csv', options())).toMatchObject({
      updated: 0,
      skipped: 1,
    });
  });

  it('maps any column to a custom field when told to, and a dry run saves none of it', async () => {
    const file = csv('Namn;E-post;Storlek på skor', 'Ingrid Ståhl;ingrid@example.com;37');
    const mapping = ['fullName', 'email', `custom:${shoes.id}`] as const;
    const dry = await importPeople(
      t.db,
      file,
      'f.csv',
      options({ mapping: [...mapping], isDryRun: true }),
    );
    expect(dry).toMatchObject({ created: 1, errors: [] });
    const count = await t.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', 'ingrid@example.com')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    await importPeople(t.db, file, 'f.csv', options({ mapping: [...mapping] }));
    expect(await customOf('ingrid@example.com')).toEqual({ [shoes.id]: 37 });
  });
});

describe('progress', () => {
  it('reports rows read, then people saved, each up to its total', async () => {
    const lines = ['Förnamn;Efternamn;E-post'];
    for (let i = 0; i < 12_000; i++) lines.push(`Ny${i};Testsson;progress${i}@example.com`);
    const seen: ImportProgress[] = [];
    const summary = await importPeople(
      t.db,
      csv(...lines),
      'f.csv',
      options({ onProgress: (progress) => seen.push(progress) }),
    );
    expect(summary.created).toBe(12_000);
    const reading = seen.filter((p) => p.stage === 'reading');
    const saving = seen.filter((p) => p.stage === 'saving');
    expect(reading.map((p) => p.processed)).toEqual([0, 5000, 10_000, 12_000]);
    expect(reading.every((p) => p.total === 12_000)).toBe(true);
    // Saved in batches of 2,000.
    expect(saving.map((p) => p.processed)).toEqual([0, 2000, 4000, 6000, 8000, 10_000, 12_000]);
    expect(seen.at(-1)).toEqual({ stage: 'saving', processed: 12_000, total: 12_000 });
  });
});
