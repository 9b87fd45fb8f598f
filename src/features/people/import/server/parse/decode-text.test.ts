import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from './csv-files.fixtures.ts';
import { decodeText, decodeWindows1252 } from './decode-text.ts';

const SWEDISH = 'Förnamn;Efternamn;Ort\r\nÅsa;Öberg;Västerås\r\nÉmile;Ärlemark;Luleå\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(SWEDISH, 'utf8'))).toEqual({
      text: SWEDISH,
      encoding: 'utf-8',
      hasBom: false,
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = decodeText(Buffer.from(`\uFEFF${SWEDISH}`, 'utf8'));
    expect(decoded).toEqual({ text: SWEDISH, encoding: 'utf-8', hasBom: true });
  });

  it('keeps UTF-8 after a BOM even when one byte is broken', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFÅsa;', 'utf8'), Buffer.from([0xff])]);
    expect(decodeText(bytes)).toMatchObject({ text: 'Åsa;\uFFFD', encoding: 'utf-8' });
  });

  it('reads a Windows-1252 Excel export with Swedish letters intact', () => {
    const decoded = decodeText(encodeWindows1252(SWEDISH));
    expect(decoded).toEqual({ text: SWEDISH, encoding: 'windows-1252', hasBom: false });
  });

  it('reads ISO-8859-1 as Windows-1252: the letters are the same bytes', () => {
    const latin1 = Buffer.from('Åsa Öberg, Ärlemark, café', 'latin1');
    expect(decodeText(latin1).text).toBe('Åsa Öberg, Ärlemark, café');
  });

  it('decodes 0x80–0x9F as Windows-1252 (€, dashes, quotes), not as control characters', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x96, 0x92, 0x93, 0x94, 0x9f]))).toBe('€–’“”Ÿ');
    expect(decodeText(encodeWindows1252('Betalat 200 € – tack’')).text).toBe(
      'Betalat 200 € – tack’',
    );
  });

  it('maps the five bytes Windows-1252 leaves undefined to C1 controls, as browsers do', () => {
    expect(decodeWindows1252(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe(
      '\u0081\u008d\u008f\u0090\u009d',
    );
  });

  it('reads the whole file as Windows-1252 when any byte is invalid UTF-8', () => {
    // "Åsa" in UTF-8 followed by "Ö" in Windows-1252: a file pasted together from two sources.
    const bytes = Buffer.concat([Buffer.from('Åsa;', 'utf8'), Buffer.from([0xd6])]);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'windows-1252', text: 'Ã…sa;Ö' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.from(`\uFEFF${SWEDISH}`, 'utf16le');
    expect(decodeText(le)).toEqual({ text: SWEDISH, encoding: 'utf-16le', hasBom: true });
    const be = Buffer.from(le).swap16();
    expect(decodeText(be)).toEqual({ text: SWEDISH, encoding: 'utf-16be', hasBom: true });
  });

  it('recognises UTF-16 LE without a BOM by its zero bytes', () => {
    expect(decodeText(Buffer.from(SWEDISH, 'utf16le'))).toMatchObject({
      text: SWEDISH,
      encoding: 'utf-16le',
      hasBom: false,
    });
  });

  it('calls plain ASCII UTF-8 and an empty file UTF-8', () => {
    expect(decodeText(Buffer.from('a;b\r\n1;2', 'ascii')).encoding).toBe('utf-8');
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', hasBom: false });
  });

  it('accepts a Uint8Array view into a larger buffer', () => {
    const whole = Buffer.from(`xx${SWEDISH}`, 'utf8');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.byteLength - 2);
    expect(decodeText(view).text).toBe(SWEDISH);
    const cp1252 = encodeWindows1252(`xx${SWEDISH}`);
    expect(decodeText(cp1252.subarray(2)).text).toBe(SWEDISH);
  });
});
