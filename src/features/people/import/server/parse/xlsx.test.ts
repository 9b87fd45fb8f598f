import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-shapes.ts';
import { plainNumber, readXlsx } from './read-xlsx.ts';
import { writeXlsx } from '../../../../../platform/server/write-xlsx.ts';
import { buildExcelStyleXlsx } from './xlsx-files.fixtures.ts';

describe('writeXlsx → readXlsx', () => {
  it('round-trips text, Swedish letters, member numbers, dates and numbers', async () => {
    const headers = ['Förnamn', 'Efternamn', 'Medlemsnr', 'Medlem sedan', 'Belopp', 'Anteckning'];
    const rows = [
      ['Åsa', 'Öberg', '00117', new Date(Date.UTC(2019, 1, 1)), 12.5, 'Sa "hej"; ringer'],
      ['Örjan', 'Ärlemark', '120345', new Date(Date.UTC(2021, 2, 5)), 1200000, 'Rad ett\nrad två'],
      ['Émile', 'Ståhl', null, null, null, '=1+1 är bara text här'],
    ];
    const bytes = await writeXlsx(headers, rows);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(await readXlsx(bytes)).toEqual([
      { line: 1, values: headers },
      {
        line: 2,
        values: ['Åsa', 'Öberg', '00117', '2019-02-01', '12.5', 'Sa "hej"; ringer'],
      },
      {
        line: 3,
        values: ['Örjan', 'Ärlemark', '120345', '2021-03-05', '1200000', 'Rad ett\nrad två'],
      },
      { line: 4, values: ['Émile', 'Ståhl', '', '', '', '=1+1 är bara text här'] },
    ]);
  });

  it('writes a 2,000-row export that reads back whole', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Person ${i} Åäö`, String(100000 + i)]);
    const read = await readXlsx(await writeXlsx(['Namn', 'Medlemsnummer'], rows));
    expect(read).toHaveLength(2001);
    expect(read[2000]).toEqual({ line: 2001, values: ['Person 1999 Åäö', '101999'] });
  });
});

describe('readXlsx on a file as Excel writes it', () => {
  const file = buildExcelStyleXlsx([
    { ref: 'B3', kind: 'string', value: 'Förnamn' },
    { ref: 'C3', kind: 'string', value: 'Medlemsnr' },
    { ref: 'D3', kind: 'string', value: 'Inträdesdatum' },
    { ref: 'E3', kind: 'string', value: 'Medlem' },
    { ref: 'F3', kind: 'string', value: 'Namn' },
    { ref: 'B4', kind: 'string', value: 'Åsa' },
    { ref: 'C4', kind: 'number', value: '1.20345E+5' },
    { ref: 'D4', kind: 'date', value: '44260' },
    { ref: 'E4', kind: 'boolean', value: '1' },
    { ref: 'F4', kind: 'formula', value: 'Åsa Öberg' },
    { ref: 'B6', kind: 'inline', value: 'Örjan' },
    { ref: 'C6', kind: 'string', value: '00118' },
    { ref: 'D6', kind: 'number', value: '0.30000000000000004' },
    { ref: 'E6', kind: 'boolean', value: '0' },
  ]);

  it('keeps sheet row numbers as lines and reads every cell kind as text', async () => {
    expect(await readXlsx(file)).toEqual([
      { line: 1, values: ['', '', '', '', '', ''] },
      { line: 2, values: ['', '', '', '', '', ''] },
      { line: 3, values: ['', 'Förnamn', 'Medlemsnr', 'Inträdesdatum', 'Medlem', 'Namn'] },
      { line: 4, values: ['', 'Åsa', '120345', '2021-03-05', 'TRUE', 'Åsa Öberg'] },
      { line: 5, values: ['', '', '', '', '', ''] },
      { line: 6, values: ['', 'Örjan', '00118', '0.3', 'FALSE', ''] },
    ]);
  });

  it('refuses a file that is not an xlsx with a user error', async () => {
    await expect(readXlsx(Buffer.from('Förnamn;Efternamn'))).rejects.toBeInstanceOf(
      ImportFileError,
    );
    await expect(readXlsx(Buffer.from('Förnamn;Efternamn'))).rejects.toMatchObject({
      code: 'bad_request',
      problem: { code: 'invalid_xlsx' },
    });
  });
});

describe('plainNumber', () => {
  it.each([
    ['120345', '120345'],
    ['1.2E+5', '120000'],
    ['4.6701740605E+10', '46701740605'],
    ['1234.5599999999999', '1234.56'],
    ['-7.25', '-7.25'],
    ['1E+21', '1000000000000000000000'],
    ['1.5E-7', '0.00000015'],
    ['0', '0'],
  ])('writes %s as %s', (stored, expected) => {
    expect(plainNumber(stored)).toBe(expected);
  });
});
