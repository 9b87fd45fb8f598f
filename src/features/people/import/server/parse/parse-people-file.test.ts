import { describe, expect, it } from 'vitest';
import { englishUtf8Export, swedishExcelExport, tabSeparatedExport } from './csv-files.fixtures.ts';
import { ImportFileError } from './import-shapes.ts';
import { parsePeopleFile } from './parse-people-file.ts';
import { writeXlsx } from '../../../../../platform/server/write-xlsx.ts';
import { buildExcelStyleXlsx } from './xlsx-files.fixtures.ts';

describe('parsePeopleFile', () => {
  it('reads a Windows-1252 semicolon export from Swedish Excel', async () => {
    const file = await parsePeopleFile(swedishExcelExport(), 'medlemmar.csv');
    expect(file).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(file.headerLine).toBe(1);
    expect(file.headers).toEqual([
      'Förnamn',
      'Efternamn',
      'E-post',
      'Mobil',
      'Gatuadress',
      'Postnr',
      'Ort',
      'Medlemsnr',
      'Medlem sedan',
      'Födelseår',
      'Kön',
      'Lokalgrupp',
      'Övrigt',
    ]);
    expect(file.suggestedMapping.targets).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'address',
      'postcode',
      'city',
      'memberNumber',
      'memberSince',
      'birthYear',
      'gender',
      'localGroup',
      'notes',
    ]);
    expect(file.rows[0]).toEqual({
      line: 2,
      hasOverflow: false,
      values: expect.arrayContaining(['Åsa', 'Öberg', 'Västerås', 'Björkhagen']) as string[],
    });
    expect(file.rows[4]?.values).toContain('Betalat 200 €');
  });

  it('reads a UTF-8-with-BOM comma export with English headers and multi-line notes', async () => {
    const file = await parsePeopleFile(englishUtf8Export(), 'export.csv');
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(file.headers[0]).toBe('First name');
    expect(file.suggestedMapping.targets).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'address',
      'postcode',
      'city',
      'memberNumber',
      'memberSince',
      'notes',
    ]);
    expect(file.rows.map((row) => row.line)).toEqual([2, 3, 5]);
    expect(file.rows[1]?.values[9]).toBe('First line\r\nsecond line; still notes');
  });

  it('reads a tab-separated file, by content or by its .tsv name', async () => {
    const bytes = Buffer.from(tabSeparatedExport(), 'utf8');
    for (const name of ['lista.txt', 'lista.tsv']) {
      const file = await parsePeopleFile(bytes, name);
      expect(file.delimiter).toBe('\t');
      expect(file.suggestedMapping.targets).toEqual([
        'fullName',
        'phone',
        'email',
        'postcode',
        'city',
      ]);
    }
  });

  it('reads an .xlsx by its bytes, whatever its name, and drops an empty leading column', async () => {
    const bytes = buildExcelStyleXlsx([
      { ref: 'B2', kind: 'string', value: 'Förnamn' },
      { ref: 'C2', kind: 'string', value: 'Efternamn' },
      { ref: 'B3', kind: 'string', value: 'Åsa' },
      { ref: 'C3', kind: 'string', value: 'Öberg' },
    ]);
    const file = await parsePeopleFile(bytes, 'medlemmar.csv');
    expect(file).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, headerLine: 2 });
    expect(file.headers).toEqual(['Förnamn', 'Efternamn']);
    expect(file.rows).toEqual([{ line: 3, values: ['Åsa', 'Öberg'], hasOverflow: false }]);
  });

  it('reads an .xlsx written by our own exporter', async () => {
    const bytes = await writeXlsx(['Namn', 'E-post'], [['Märta Lindqvist', 'marta@example.com']]);
    const file = await parsePeopleFile(bytes, 'export.xlsx');
    expect(file.suggestedMapping.targets).toEqual(['fullName', 'email']);
    expect(file.rows[0]?.values).toEqual(['Märta Lindqvist', 'marta@example.com']);
  });

  it('reads a code kept as text the spreadsheet way, ="000123", as the code', async () => {
    const bytes = Buffer.from('Namn;Medlemsnr;Anteckning\r\nÅsa;="000123";=" x"" "\r\n');
    const file = await parsePeopleFile(bytes, 'export.csv');
    expect(file.rows[0]?.values).toEqual(['Åsa', '000123', '=" x"" "']);
  });

  it('names empty and repeated headers so every column can be told apart', async () => {
    const text = 'Namn;;Telefon;telefon;Övrigt\nÅsa Öberg;x;070;071;\n';
    const file = await parsePeopleFile(Buffer.from(text), 'a.csv');
    expect(file.headers).toEqual(['Namn', 'Kolumn 2', 'Telefon', 'telefon (2)', 'Övrigt']);
  });

  it('skips blank lines above the header and flags cells beyond the last header', async () => {
    const text = '\r\n;;\r\nNamn;Ort\r\nÅsa Öberg;Luleå;oväntat\r\nPer Åhlén;Umeå;\r\n';
    const file = await parsePeopleFile(Buffer.from(text), 'a.csv');
    expect(file.headerLine).toBe(3);
    expect(file.rows.map((row) => [row.line, row.hasOverflow])).toEqual([
      [4, true],
      [5, false],
    ]);
  });

  it('reports an unterminated quote as a file problem', async () => {
    const file = await parsePeopleFile(Buffer.from('Namn;Ort\n"Åsa;Luleå\n'), 'a.csv');
    expect(file.problems).toEqual([expect.objectContaining({ code: 'unterminated_quote' })]);
  });

  it.each([
    ['an empty file', Buffer.from(''), 'a.csv', 'empty_file'],
    ['a file of blank lines', Buffer.from('\r\n;;\r\n'), 'a.csv', 'empty_file'],
    [
      'an old .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'a.xls',
      'xls_not_supported',
    ],
    ['an .ods', Buffer.from('x'), 'a.ods', 'unsupported_format'],
    ['a broken .xlsx', Buffer.from('Namn;Ort'), 'a.xlsx', 'invalid_xlsx'],
  ])('refuses %s with a user error', async (_, bytes, name, code) => {
    const error: unknown = await parsePeopleFile(bytes, name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ problem: { code } });
    expect((error as ImportFileError).status).toBeLessThan(500);
  });
});
