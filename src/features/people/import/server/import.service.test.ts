import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import type { TestAssociation } from '../../../../server/testing.ts';
import { buildPerson } from '../../register/people.factories.ts';
import { encodeWindows1252, swedishExcelExport } from './parse/csv-files.fixtures.ts';
import { importPeople, previewImport, type ImportOptions } from './import.service.ts';

// The import against a real database: matching, merging, bad rows. Every person is invented;
// phone numbers are from the range kept for fiction (070-174 06 05–99).

let t: TestApp;
let org: TestAssociation;
let orgCount = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

beforeEach(async () => {
  orgCount += 1;
  org = await seedAssociation(t.db, `import-${orgCount}`);
  // The seeded members' phones are in the fixtures' range too; keep them out of the matching.
  await t.db
    .updateTable('people')
    .set({ phone: null })
    .where('organization_id', '=', org.id)
    .execute();
  await t.db
    .insertInto('local_groups')
    .values([
      { organization_id: org.id, name: 'Björkhagen' },
      { organization_id: org.id, name: 'Höjden' },
    ])
    .execute();
});

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  organizationId: org.id,
  accountId: null,
  onMatch: 'update',
  isDryRun: false,
  ...overrides,
});

/** A semicolon file as Swedish Excel saves it, from lines of text. */
const excelFile = (...lines: string[]) => encodeWindows1252(lines.join('\r\n') + '\r\n');

async function peopleOf(where: { email?: string; member_number?: string } = {}) {
  let query = t.db.selectFrom('people').selectAll().where('organization_id', '=', org.id);
  if (where.email) query = query.where('email', '=', where.email);
  if (where.member_number) query = query.where('member_number', '=', where.member_number);
  return query.orderBy('created_at').execute();
}

describe('importing a Swedish Excel export', () => {
  it('reads Windows-1252 with semicolons and saves the people with their letters intact', async () => {
    const before = (await peopleOf()).length;
    const summary = await importPeople(t.db, swedishExcelExport(), 'medlemmar.csv', options());
    expect(summary).toMatchObject({
      created: 4,
      updated: 0,
      skipped: 0,
      errors: [],
      encoding: 'windows-1252',
      delimiter: ';',
    });
    expect(await peopleOf()).toHaveLength(before + 4);
    const [asa] = await peopleOf({ member_number: '00117' });
    expect(asa).toMatchObject({
      first_name: 'Åsa',
      last_name: 'Öberg',
      email: 'asa.oberg@example.com',
      phone: '+46701740605',
      address: 'Ängsvägen 3',
      postcode: '123 45',
      city: 'Västerås',
      member_since: '2019-02-01',
      birth_year: 1985,
      gender: 'woman',
      is_member: true,
    });
    const [emile] = await peopleOf({ member_number: '00120' });
    expect(emile).toMatchObject({ first_name: 'Émile', notes: 'Betalat 200 €', birth_year: 1988 });
    const groups = await t.db
      .selectFrom('people as p')
      .innerJoin('local_groups as g', 'g.id', 'p.local_group_id')
      .select(['p.first_name', 'g.name'])
      .where('p.organization_id', '=', org.id)
      .where('g.name', 'in', ['Björkhagen', 'Höjden'])
      .orderBy('p.member_number')
      .execute();
    expect(groups).toEqual([
      { first_name: 'Åsa', name: 'Björkhagen' },
      { first_name: 'Örjan', name: 'Höjden' },
      { first_name: 'Émile', name: 'Björkhagen' },
    ]);
  });

  it('previews the mapping and the first rows without saving anything', async () => {
    const before = (await peopleOf()).length;
    const preview = await previewImport(swedishExcelExport(), 'medlemmar.csv');
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', totalRows: 4 });
    expect(preview.suggestedMapping.targets.slice(0, 4)).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
    ]);
    expect(preview.rows[0]).toMatchObject({ line: 2, person: { firstName: 'Åsa' }, errors: [] });
    expect(await peopleOf()).toHaveLength(before);
  });
});

describe('bad rows', () => {
  it('reports a row without a name by its line and imports the others', async () => {
    const file = excelFile(
      'Förnamn;Efternamn;E-post',
      'Karin;Fjällström;karin@example.com',
      ';;namnlos@example.com',
      'Per;Åhlén;per@example.com',
    );
    const summary = await importPeople(t.db, file, 'fil.csv', options());
    expect(summary.created).toBe(2);
    expect(summary.errors).toEqual([
      { line: 3, reason: 'Raden saknar namn', code: 'missing_name' },
    ]);
    expect(await peopleOf({ email: 'namnlos@example.com' })).toEqual([]);
    expect(await peopleOf({ email: 'per@example.com' })).toHaveLength(1);
  });

  it('reports an unknown local group with its line; a known one matches in any case', async () => {
    const file = excelFile('Namn;Lokalgrupp', 'Sven Nilsson;Ingenstans', 'Ingrid Ståhl;HÖJDEN');
    const summary = await importPeople(t.db, file, 'fil.csv', options());
    expect(summary.created).toBe(1);
    expect(summary.errors).toEqual([
      { line: 2, code: 'unknown_local_group', reason: expect.stringContaining('Ingenstans') },
    ]);
  });
});

describe('matching', () => {
  it('merges two rows of the file whose e-mails differ only in case into one person', async () => {
    const file = excelFile(
      'Förnamn;Efternamn;E-post;Telefon',
      'Åsa;Öberg;Asa.Oberg@Example.COM;',
      'Åsa;Öberg;asa.oberg@example.com;070-174 06 20',
      'Åsa;Öberg;ASA.OBERG@EXAMPLE.COM;',
    );
    const summary = await importPeople(t.db, file, 'fil.csv', options());
    expect(summary).toMatchObject({ created: 1, updated: 1, skipped: 1, errors: [] });
    const found = await peopleOf({ email: 'asa.oberg@example.com' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ phone: '+46701740620' });
  });

  it('updates people found by member number, e-mail or phone instead of creating them', async () => {
    const [byNumber, byEmail, byPhone] = await t.db
      .insertInto('people')
      .values([
        buildPerson({ organization_id: org.id, member_number: '5001', city: 'Umeå', phone: null }),
        buildPerson({ organization_id: org.id, email: 'karin@example.com', phone: null }),
        buildPerson({ organization_id: org.id, email: null, phone: '+46701740630' }),
      ])
      .returning(['id', 'first_name'])
      .execute();
    const before = (await peopleOf()).length;
    const file = excelFile(
      'Förnamn;Efternamn;Medlemsnummer;E-post;Mobil;Ort',
      // Found by member number although the e-mail is new; the empty city keeps Umeå.
      ';Testsson;5001;ny.adress@example.com;;',
      // Found by e-mail, whatever its case; gets a member number.
      'Karin;Fjällström;5002;KARIN@example.com;;Luleå',
      // Found by phone, however it is written.
      'Per;Åhlén;;;070-174 06 30;Malmö',
    );
    const summary = await importPeople(t.db, file, 'fil.csv', options());
    expect(summary).toMatchObject({ created: 0, updated: 3, skipped: 0, errors: [] });
    expect(await peopleOf()).toHaveLength(before);
    const [number, email, phone] = await Promise.all(
      [byNumber!, byEmail!, byPhone!].map((person) =>
        t.db.selectFrom('people').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow(),
      ),
    );
    expect(number).toMatchObject({
      first_name: byNumber!.first_name,
      last_name: 'Testsson',
      email: 'ny.adress@example.com',
      city: 'Umeå',
    });
    expect(email).toMatchObject({ member_number: '5002', city: 'Luleå', first_name: 'Karin' });
    expect(phone).toMatchObject({ city: 'Malmö', first_name: 'Per', phone: '+46701740630' });
  });

  it('with onMatch skip leaves people already in the register as they were', async () => {
    await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, email: 'lina@example.com', city: 'Ystad' }))
      .execute();
    const file = excelFile(
      'Namn;E-post;Ort',
      'Lina Nordgren;lina@example.com;Lund',
      'Elif Kaya;elif@example.com;Lund',
    );
    const summary = await importPeople(t.db, file, 'fil.csv', options({ onMatch: 'skip' }));
    expect(summary).toMatchObject({ created: 1, updated: 0, skipped: 1 });
    expect((await peopleOf({ email: 'lina@example.com' }))[0]).toMatchObject({ city: 'Ystad' });
  });

  it('lets a member number move from one person to another in one import', async () => {
    await t.db
      .insertInto('people')
      .values([
        buildPerson({ organization_id: org.id, email: 'a@example.com', member_number: '7001' }),
        buildPerson({ organization_id: org.id, email: 'b@example.com', member_number: '7002' }),
      ])
      .execute();
    // a gets b's old number, b gets a new one: the unique index must never see two holders.
    const file = excelFile(
      'Namn;E-post;Medlemsnummer',
      'B Person;b@example.com;7003',
      'A Person;a@example.com;7002',
    );
    const summary = await importPeople(t.db, file, 'fil.csv', options());
    expect(summary).toMatchObject({ created: 0, updated: 2, errors: [] });
    expect((await peopleOf({ email: 'a@example.com' }))[0]!.member_number).toBe('7002');
    expect((await peopleOf({ email: 'b@example.com' }))[0]!.member_number).toBe('7003');
  });
});
