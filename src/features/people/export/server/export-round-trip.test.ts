import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import type { Database } from '../../../../../db/connect.ts';
import { createTestDatabase } from '../../../../server/testing.ts';
import { importPeople } from '../../import/server/import.service.ts';
import { exportPeople } from './export.service.ts';
import { createEmptyAssociation, createFullRegister, readRegister } from './export.fixtures.ts';

// Our own export imports back: into an empty association it gives the same people, tags and
// custom values; into the register it came from it changes nothing.

let database: Database;
let source: Awaited<ReturnType<typeof createFullRegister>>;

beforeAll(async () => {
  database = await createTestDatabase();
  source = await createFullRegister(database.db, 'kalla');
});
afterAll(() => database.close());

const exportAll = (format: 'csv' | 'xlsx') =>
  exportPeople(database.db, {
    organizationId: source.id,
    slug: 'kalla',
    accountId: null,
    format,
    describe: {},
  });

describe('the export', () => {
  it('has a Swedish file name, every column, tags and custom fields', async () => {
    const file = await exportAll('xlsx');
    expect(file.filename).toMatch(/^medlemsregister-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [headers, ...rows] = (await readSheet(file.content, 1)) as unknown as unknown[][];
    expect(headers).toEqual([
      ...['Förnamn', 'Efternamn', 'E-post', 'Telefon', 'Adress', 'Postnummer', 'Ort'],
      ...['Medlemsnummer', 'Medlem sedan', 'Medlem', 'Medlemsstatus', 'Kön', 'Födelseår'],
      ...['Lokalgrupp', 'Taggar', 'Anteckningar', 'Tillagd'],
      ...['Favoritdryck', 'Betalt belopp', 'Senast kontaktad', 'Tröjstorlek', 'Intressen'],
      ...['Vill ringa', 'Hemsida'],
    ]);
    const asa = rows.find((row) => row[0] === 'Åsa')!;
    const cell = (header: string) => asa[headers!.indexOf(header)];
    expect(cell('Taggar')).toBe('Styrelse, Volontär');
    expect(cell('Intressen')).toBe('Miljö; Vård');
    expect(cell('Vill ringa')).toBe('ja');
  });

  it('writes dates as date cells, numbers as numbers and codes as text', async () => {
    const file = await exportAll('xlsx');
    const [headers, ...rows] = (await readSheet(file.content, 1)) as unknown as unknown[][];
    const asa = rows.find((row) => row[0] === 'Åsa')!;
    const cell = (header: string) => asa[headers!.indexOf(header)];
    expect(cell('Medlem sedan')).toEqual(new Date('2021-03-05T00:00:00Z'));
    expect(cell('Senast kontaktad')).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(cell('Tillagd')).toBeInstanceOf(Date);
    expect(cell('Födelseår')).toBe(1980);
    expect(cell('Betalt belopp')).toBe(12.5);
    expect(cell('Medlemsnummer')).toBe('000123');
    expect(cell('Postnummer')).toBe('012 34');
    expect(cell('Telefon')).toBe('070-174 06 05');
  });

  it('keeps codes a spreadsheet would turn into numbers as ="…" in CSV', async () => {
    const text = (await exportAll('csv')).content.toString('utf8');
    expect(text).toContain(';="000123";2021-03-05;ja;aktiv;kvinna;1980;Norra;');
    expect(text).toContain('="+4570123456"');
  });
});

describe.each(['csv', 'xlsx'] as const)('an export as %s', (format) => {
  it('imports into an empty association with the same people, tags and fields', async () => {
    const target = await createEmptyAssociation(database.db, `tom-${format}`);
    const file = await exportAll(format);
    const summary = await importPeople(database.db, file.content, file.filename, {
      organizationId: target.id,
      accountId: null,
      onMatch: 'update',
      isDryRun: false,
    });
    expect(summary).toMatchObject({ created: 3, updated: 0, skipped: 0, errors: [] });
    const imported = await readRegister(database.db, target.id);
    expect(imported).toEqual(await readRegister(database.db, source.id));
    expect(imported[0]).toMatchObject({ member_number: '000123', tags: ['Styrelse', 'Volontär'] });
  });

  it('changes nothing in the register it came from', async () => {
    const file = await exportAll(format);
    const summary = await importPeople(database.db, file.content, file.filename, {
      organizationId: source.id,
      accountId: null,
      onMatch: 'update',
      isDryRun: true,
    });
    expect(summary).toMatchObject({ created: 0, updated: 0, skipped: 3, errors: [] });
  });
});
