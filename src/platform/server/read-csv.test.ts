import { describe, expect, it } from 'vitest';
import { parseCsv } from './read-csv.ts';

const rowsOf = (text: string, delimiter: ',' | ';' | '\t' = ';') =>
  parseCsv(text, { delimiter }).rows;

describe('parseCsv', () => {
  it('splits plain fields and numbers lines from 1', () => {
    expect(rowsOf('Förnamn;Efternamn\nÅsa;Öberg\nÖrjan;Ärlemark')).toEqual([
      { line: 1, values: ['Förnamn', 'Efternamn'] },
      { line: 2, values: ['Åsa', 'Öberg'] },
      { line: 3, values: ['Örjan', 'Ärlemark'] },
    ]);
  });

  it('treats CRLF, LF and lone CR line ends alike', () => {
    const expected = [
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['c', 'd'] },
      { line: 3, values: ['e', 'f'] },
    ];
    expect(rowsOf('a;b\r\nc;d\r\ne;f\r\n')).toEqual(expected);
    expect(rowsOf('a;b\nc;d\ne;f\n')).toEqual(expected);
    expect(rowsOf('a;b\rc;d\re;f\r')).toEqual(expected);
    expect(rowsOf('a;b\r\nc;d\ne;f\r')).toEqual(expected);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text =
      'Namn;Adress;Anteckning\r\n' +
      '"Öberg; Åsa";"Storgatan 1\r\nlgh 1102";"Sa ""hej"""\r\n' +
      'Per;"";"rad ett\nrad två\rrad tre"\r\n' +
      'Lina;x;y\r\n';
    expect(rowsOf(text)).toEqual([
      { line: 1, values: ['Namn', 'Adress', 'Anteckning'] },
      { line: 2, values: ['Öberg; Åsa', 'Storgatan 1\r\nlgh 1102', 'Sa "hej"'] },
      { line: 4, values: ['Per', '', 'rad ett\nrad två\rrad tre'] },
      { line: 7, values: ['Lina', 'x', 'y'] },
    ]);
  });

  it('keeps empty fields, a trailing delimiter and blank lines as rows', () => {
    expect(rowsOf(';;\n\na;\n;b')).toEqual([
      { line: 1, values: ['', '', ''] },
      { line: 2, values: [''] },
      { line: 3, values: ['a', ''] },
      { line: 4, values: ['', 'b'] },
    ]);
  });

  it('gives no extra row for the final line break', () => {
    expect(rowsOf('a;b\r\n')).toHaveLength(1);
    expect(rowsOf('')).toEqual([]);
  });

  it('reads quotes inside an unquoted field and text after a closing quote as written', () => {
    expect(rowsOf('Anna "Ankan" Öberg;"Åsa" Öberg;x')).toEqual([
      { line: 1, values: ['Anna "Ankan" Öberg', 'Åsa Öberg', 'x'] },
    ]);
  });

  it('reports a quote that never closes and keeps the rest as one field', () => {
    const result = parseCsv('a;b\nc;"d\ne;f\n', { delimiter: ';' });
    expect(result.rows).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['c', 'd\ne;f\n'] },
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 2, code: 'unterminated_quote' }),
    ]);
    expect(result.problems[0]?.message).toContain('rad 2');
  });

  it('drops a BOM left in the text', () => {
    expect(rowsOf('\uFEFFFörnamn;Efternamn')[0]?.values).toEqual(['Förnamn', 'Efternamn']);
  });

  it('obeys an Excel "sep=" first line and keeps counting lines from it', () => {
    const result = parseCsv('sep=,\r\nNamn,Ort\r\nÅsa Öberg,"Västerås; centrum"\r\n');
    expect(result.delimiter).toBe(',');
    expect(result.rows).toEqual([
      { line: 2, values: ['Namn', 'Ort'] },
      { line: 3, values: ['Åsa Öberg', 'Västerås; centrum'] },
    ]);
  });

  it('reads tab-separated text', () => {
    expect(rowsOf('Namn\tOrt\nÅsa\tLuleå', '\t')[1]?.values).toEqual(['Åsa', 'Luleå']);
  });
});

describe('parseCsv delimiter detection', () => {
  const detect = (text: string) => parseCsv(text).delimiter;

  it('picks semicolon for a Swedish Excel export with commas inside values', () => {
    const text = [
      'Förnamn;Efternamn;Adress;Belopp',
      'Åsa;Öberg;Storgatan 1, lgh 1102;12,50',
      'Örjan;Ärlemark;Kyrkvägen 3;100',
      'Märta;Lindqvist;Ängsvägen 2, 2 tr;7,25',
    ].join('\r\n');
    expect(detect(text)).toBe(';');
  });

  it('picks comma for an English export with semicolons inside quotes', () => {
    const text = [
      'First name,Last name,Notes',
      'Karin,Fjällström,"Likes flyers; not calls"',
      'Per,Åhlén,"Call; then mail; then visit"',
      'Lina,Nordgren,',
    ].join('\n');
    expect(detect(text)).toBe(',');
  });

  it('picks tab for a tab-separated file', () => {
    expect(detect('Namn\tOrt\tTelefon\nÅsa, Öberg\tLuleå\t070\nPer\tUmeå\t071')).toBe('\t');
  });

  it('ignores line breaks inside quotes and blank lines when counting columns', () => {
    const text = 'a;b;c\n"x\ny, z";2;3\n\n4;"5,\n6";7\n';
    expect(detect(text)).toBe(';');
  });

  it('prefers the delimiter giving more columns when both are consistent', () => {
    expect(detect('a,b;c,d\n1,2;3,4')).toBe(',');
  });

  it('falls back to semicolon for a single column', () => {
    expect(detect('E-post\nasa@example.com\nper@example.com')).toBe(';');
  });

  it('tolerates a few ragged rows', () => {
    const rows = ['Namn;Ort;Tel', ...Array.from({ length: 20 }, (_, i) => `P${i};Ort;070`)];
    rows.splice(5, 0, 'Trasig;rad');
    expect(detect(rows.join('\n'))).toBe(';');
  });
});
