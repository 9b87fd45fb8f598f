import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { parseCsv } from '../../../../../platform/server/read-csv.ts';
import { unwrapTextFormula } from './parse-people-file.ts';
import { formatCsv, protectFormula, writeCsv } from '../../../../../platform/server/write-csv.ts';

const HEADERS = ['Förnamn', 'Efternamn', 'Telefon', 'Anteckning'];

describe('writeCsv', () => {
  it('writes UTF-8 with a BOM, semicolons and CRLF, so Swedish Excel opens it right', () => {
    const bytes = writeCsv(HEADERS, [['Åsa', 'Öberg', '+46701740605', 'Ängsvägen']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Förnamn;Efternamn;Telefon;Anteckning\r\nÅsa;Öberg;="+46701740605";Ängsvägen\r\n',
    );
  });

  it('takes another delimiter as an option', () => {
    expect(formatCsv(['a', 'b'], [['1,5', '2']], { delimiter: ',' })).toBe('a,b\r\n"1,5",2\r\n');
    expect(formatCsv(['a', 'b'], [['x', 'y']], { delimiter: '\t' })).toBe('a\tb\r\nx\ty\r\n');
  });

  it('quotes only cells that need it', () => {
    const text = formatCsv(
      ['a'],
      [['Storgatan 1; lgh 2'], ['Sa "hej"'], ['rad ett\nrad två'], [' mellanslag '], ['vanlig']],
    );
    expect(text.split('\r\n').slice(1, -1)).toEqual([
      '"Storgatan 1; lgh 2"',
      '"Sa ""hej"""',
      '"rad ett\nrad två"',
      '" mellanslag "',
      'vanlig',
    ]);
  });

  it('writes empty values, numbers, booleans and dates plainly', () => {
    const row = [null, undefined, '', 120345, 12.5, true, new Date(Date.UTC(2021, 2, 5))];
    expect(formatCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [row]).split('\r\n')[1]).toBe(
      ';;;120345;12.5;true;2021-03-05',
    );
  });

  it('protects formula-like cells by default and can be told not to', () => {
    expect(formatCsv(['a'], [['=HYPERLINK("http://x.test","klicka")']])).toContain(
      `"'=HYPERLINK(""http://x.test"",""klicka"")"`,
    );
    expect(formatCsv(['a'], [['=1+1']], { protectFormulas: false })).toBe('a\r\n=1+1\r\n');
  });

  it('writes codes a spreadsheet would turn into numbers as ="…", and only those', () => {
    const rows = [['000123', '+4570123456', '12345678901234567', '12E3', '123', '123 45', 123]];
    expect(formatCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows).split('\r\n')[1]).toBe(
      '="000123";="+4570123456";="12345678901234567";="12E3";123;123 45;123',
    );
    expect(formatCsv(['a'], [['000123']], { keepCodesAsText: false })).toBe('a\r\n000123\r\n');
  });

  it('round-trips through the parser: Swedish letters, quotes and line breaks intact', () => {
    const rows = [
      ['Åsa', 'Öberg', '+46701740605', 'Sa "hej"; ringer igen'],
      ['Örjan', 'Ärlemark-Lindé', '070-174 06 06', 'Rad ett\r\nrad två'],
      ['Émile', 'Ståhl', '', ''],
    ];
    for (const delimiter of [';', ',', '\t'] as const) {
      const { text, encoding } = decodeText(writeCsv(HEADERS, rows, { delimiter }));
      const parsed = parseCsv(text);
      expect(encoding).toBe('utf-8');
      expect(parsed.delimiter).toBe(delimiter);
      // The import reads the code kept as text ="+46701740605" back as the code.
      expect(parsed.rows.map((row) => row.values.map(unwrapTextFormula))).toEqual([
        HEADERS,
        ...rows,
      ]);
    }
  });
});

describe('protectFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+HYPERLINK("http://x.test")', '\'+HYPERLINK("http://x.test")'],
    ['-A1', "'-A1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
  ])('prefixes %j', (input, expected) => {
    expect(protectFormula(input)).toBe(expected);
  });

  it.each([
    '+46701740605',
    '+46 70-174 06 05',
    '+1 (555) 010-0100',
    '-12,50',
    '-3.5',
    '-',
    '070-174 06 05',
    'Åsa Öberg',
    'a=b',
    'x@example.com',
    '',
  ])('leaves %j readable', (input) => {
    expect(protectFormula(input)).toBe(input);
  });
});
