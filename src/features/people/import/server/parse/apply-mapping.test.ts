import { describe, expect, it } from 'vitest';
import { applyMapping } from './apply-mapping.ts';
import type { PersonDraft } from './apply-mapping.ts';
import { englishUtf8Export, swedishExcelExport, tabSeparatedExport } from './csv-files.fixtures.ts';
import { parsePeopleFile } from './parse-people-file.ts';

const today = new Date(Date.UTC(2026, 5, 15));
const EMPTY: PersonDraft = {
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  address: null,
  postcode: null,
  city: null,
  memberNumber: null,
  memberSince: null,
  birthYear: null,
  gender: null,
  isMember: null,
  membershipStatus: null,
  localGroupName: null,
  notes: null,
  extra: {},
  custom: {},
  tags: [],
};

async function importText(text: string, name = 'lista.csv') {
  const file = await parsePeopleFile(Buffer.from(text, 'utf8'), name);
  return { file, result: applyMapping(file, file.suggestedMapping.targets, { today }) };
}

describe('applyMapping on realistic exports', () => {
  it('turns a Windows-1252 Swedish Excel export into normalized people', async () => {
    const file = await parsePeopleFile(swedishExcelExport(), 'medlemmar.csv');
    const result = applyMapping(file, file.suggestedMapping.targets, { today });
    expect(result.errors).toEqual([]);
    expect(result.skippedEmptyRows).toBe(1);
    expect(result.people).toEqual([
      {
        line: 2,
        person: {
          ...EMPTY,
          ...{ firstName: 'Åsa', lastName: 'Öberg', email: 'asa.oberg@example.com' },
          ...{ phone: '+46701740605', address: 'Ängsvägen 3', postcode: '123 45' },
          ...{ city: 'Västerås', memberNumber: '00117', memberSince: '2019-02-01' },
          ...{ birthYear: 1985, gender: 'woman', isMember: true, localGroupName: 'Björkhagen' },
          notes: 'Vill ha sms',
        },
      },
      {
        line: 3,
        person: {
          ...EMPTY,
          ...{ firstName: 'Örjan', lastName: 'Ärlemark', email: 'orjan@example.com' },
          ...{ phone: '+46701740606', address: 'Storgatan 1, lgh 1102', postcode: '123 46' },
          ...{ city: 'Göteborg', memberNumber: '00118', memberSince: '2021-03-05' },
          ...{ birthYear: 1979, gender: 'man', isMember: true, localGroupName: 'Höjden' },
        },
      },
      {
        line: 4,
        person: {
          ...EMPTY,
          ...{ firstName: 'Märta', lastName: 'Lindqvist-Åkesson', phone: '+46701740607' },
          ...{ memberSince: '2021-03-01', gender: 'other', isMember: true },
          notes: 'Kommer på mötet – kanske',
        },
      },
      {
        line: 6,
        person: {
          ...EMPTY,
          ...{ firstName: 'Émile', lastName: 'Ståhl', email: 'emile@example.org' },
          ...{ city: 'Luleå', memberNumber: '00120', memberSince: '2020-01-05' },
          ...{ birthYear: 1988, isMember: true, localGroupName: 'Björkhagen' },
          notes: 'Betalat 200 €',
        },
      },
    ]);
    // Only the year of the identity number survives anywhere in the result.
    expect(JSON.stringify(result)).not.toContain('1224-1234');
  });

  it('reads an English UTF-8 export with quoted, multi-line notes', async () => {
    const file = await parsePeopleFile(englishUtf8Export(), 'export.csv');
    const { people, errors } = applyMapping(file, file.suggestedMapping.targets, { today });
    expect(errors).toEqual([]);
    expect(people.map(({ line, person }) => [line, person.email, person.memberSince])).toEqual([
      [2, 'karin@example.com', '2020-01-15'],
      [3, 'per@example.com', '2019-04-15'],
      [5, 'lina@example.com', null],
    ]);
    expect(people[0]?.person.notes).toBe('Says "hi"; likes flyers');
    expect(people[1]?.person.notes).toBe('First line\nsecond line; still notes');
    expect(people[0]?.person.address).toBe('Sjövägen 2, 2 tr');
  });

  it('splits full names from a tab-separated file the Swedish way', async () => {
    const { result } = await importText(tabSeparatedExport());
    expect(result.people.map(({ person }) => [person.firstName, person.lastName])).toEqual([
      ['Sven Åke', 'Nilsson'],
      ['Carl', 'von Lindé'],
      ['Ingrid', null],
    ]);
  });
});

describe('applyMapping row by row', () => {
  it('reports a row without a name with its line, and keeps the good rows', async () => {
    const { result } = await importText(
      'Förnamn;Efternamn;E-post\nÅsa;Öberg;asa@example.com\n;;utan.namn@example.com\nPer;Åhlén;per@example.com\n',
    );
    expect(result.people.map((entry) => entry.line)).toEqual([2, 4]);
    expect(result.errors).toEqual([
      {
        line: 3,
        field: 'name',
        column: null,
        code: 'missing_name',
        message: 'Raden saknar namn',
        messageEn: 'The row has no name',
      },
    ]);
  });

  it('collects every bad value of a row, with column and reason', async () => {
    const { result } = await importText(
      'Namn;E-post;Telefon;Medlem sedan;Kön\nÅsa Öberg;asa@;ring mig;31/13/2020;kanske\n',
    );
    expect(result.people).toEqual([]);
    expect(
      result.errors.map(({ line, field, column, code }) => [line, field, column, code]),
    ).toEqual([
      [2, 'email', 'E-post', 'invalid_email'],
      [2, 'phone', 'Telefon', 'invalid_phone'],
      [2, 'memberSince', 'Medlem sedan', 'invalid_date'],
      [2, 'gender', 'Kön', 'invalid_gender'],
    ]);
    expect(result.errors[2]?.message).toBe('Datumet "31/13/2020" finns inte i kalendern');
  });

  it('lists duplicates that differ only in case once lower-cased', async () => {
    const { result } = await importText(
      'Namn,E-post,Telefon\nÅsa Öberg,Asa@Example.com,070-174 06 05\nÅsa Öberg,asa@example.com,+46701740605\nPer Åhlén,per@example.com,\n',
    );
    expect(result.people).toHaveLength(3);
    expect(result.duplicates).toEqual([
      { field: 'email', value: 'asa@example.com', lines: [2, 3] },
      { field: 'phone', value: '+46701740605', lines: [2, 3] },
    ]);
  });

  it('reads dates in all the Swedish forms in one column', async () => {
    const forms = ['2021-03-05', '20210305', '210305', '5/3/2021', '5/3 2021', '5.3.2021'];
    const more = ['5 mars 2021', '44260', 'mars 2021'];
    const lines = [...forms, ...more].map((value, i) => `Person ${i} Öberg;${value}`);
    const { result } = await importText(`Namn;Medlem sedan\n${lines.join('\n')}\n`);
    expect(result.errors).toEqual([]);
    expect(result.people.map(({ person }) => person.memberSince)).toEqual([
      ...Array<string>(forms.length + 2).fill('2021-03-05'),
      '2021-03-01',
    ]);
  });

  it('applies a corrected mapping: custom columns kept as extra, ignored ones dropped', async () => {
    const { file } = await importText(
      'Namn;Tröjstorlek;Allergier;Intern kod\nÅsa Öberg;M;Nötter;X-17\nPer Åhlén;;;\n',
    );
    expect(file.suggestedMapping.targets).toEqual(['fullName', null, null, null]);
    const result = applyMapping(file, ['fullName', null, 'notes', 'ignore'], { today });
    expect(result.people.map(({ person }) => [person.notes, person.extra])).toEqual([
      ['Nötter', { Tröjstorlek: 'M' }],
      [null, {}],
    ]);
  });

  it('never keeps a personal identity number column as text, whatever the mapping', async () => {
    const { file } = await importText('Namn;Personnummer\nÅsa Öberg;19850412-1234\n');
    for (const target of [null, 'notes', 'memberNumber'] as const) {
      const { people } = applyMapping(file, ['fullName', target], { today });
      expect(JSON.stringify(people)).not.toContain('1234');
    }
    const { people } = applyMapping(file, ['fullName', 'birthYear'], { today });
    expect(people[0]?.person.birthYear).toBe(1985);
  });

  it('takes the first non-empty of several columns mapped to one field', async () => {
    const { file } = await importText(
      'Namn;Mobil;Telefon\nÅsa Öberg;;08-465 004 01\nPer Åhlén;0701740609;08-465 004 02\n',
    );
    const { people } = applyMapping(file, ['fullName', 'phone', 'phone'], { today });
    expect(people.map(({ person }) => person.phone)).toEqual(['+46846500401', '+46701740609']);
  });

  it('prefers first and last name columns over a full name, and reads isMember', async () => {
    const { result } = await importText(
      'Namn;Förnamn;Efternamn;Medlem\nÅsa Öberg;Åsa Maria;Öberg;ja\nPer Åhlén;;;nej\n;;;x\n',
    );
    expect(
      result.people.map(({ person }) => [person.firstName, person.lastName, person.isMember]),
    ).toEqual([
      ['Åsa Maria', 'Öberg', true],
      ['Per', 'Åhlén', false],
    ]);
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([[4, 'missing_name']]);
  });

  it('refuses a misaligned row and names that are too long', async () => {
    const { result } = await importText(
      `Namn;Ort\nÅsa Öberg;Luleå;oväntat\n${'Å'.repeat(101)} Öberg;Umeå\nPer Åhlén;Umeå\n`,
    );
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([
      [2, 'too_many_values'],
      [3, 'too_long'],
    ]);
    expect(result.people.map((entry) => entry.line)).toEqual([4]);
  });

  it('refuses a mapping that does not fit the columns', async () => {
    const { file } = await importText('Namn;Ort\nÅsa Öberg;Luleå\n');
    expect(() => applyMapping(file, ['fullName'])).toThrow(/one target per column/);
  });
});
