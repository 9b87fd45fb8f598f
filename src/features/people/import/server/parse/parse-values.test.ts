import { describe, expect, it } from 'vitest';
import {
  cleanMultilineText,
  cleanText,
  echo,
  parseEmail,
  parseGender,
  parseMemberNumber,
  parsePhone,
  parsePostcode,
  parseYesNo,
} from './parse-values.ts';

describe('cleanText', () => {
  it('trims and collapses spaces, tabs, line breaks and non-breaking spaces', () => {
    expect(cleanText('  Åsa \t\u00a0 Öberg\r\n ')).toBe('Åsa Öberg');
  });

  it('reads empty and blank as null', () => {
    expect(cleanText('')).toBeNull();
    expect(cleanText(' \t ')).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });

  it('keeps single line breaks in multi-line text such as notes', () => {
    expect(cleanMultilineText('  Rad   ett \r\n\r\n\r\n\r\nrad två\r ')).toBe('Rad ett\n\nrad två');
    expect(cleanMultilineText('\n \n')).toBeNull();
  });
});

describe('parseEmail', () => {
  it('lower-cases and trims, so duplicates differing in case meet', () => {
    expect(parseEmail('  Asa.Oberg@Example.COM ')).toEqual({
      ok: true,
      value: 'asa.oberg@example.com',
    });
  });

  it('takes the address out of "Name <address>" and mailto: forms', () => {
    expect(parseEmail('Åsa Öberg <asa@example.com>')).toEqual({
      ok: true,
      value: 'asa@example.com',
    });
    expect(parseEmail('mailto:PER@example.com')).toEqual({ ok: true, value: 'per@example.com' });
  });

  it.each(['asa@', 'asa.example.com', 'asa @example.com', 'asa@example', 'åsa@exempel.se'])(
    'refuses %j',
    (raw) => {
      expect(parseEmail(raw)).toMatchObject({ ok: false, error: { code: 'invalid_email' } });
    },
  );

  it('refuses two addresses in one cell', () => {
    expect(parseEmail('a@example.com; b@example.com')).toMatchObject({
      ok: false,
      error: { code: 'multiple_emails', message: expect.stringContaining('flera') },
    });
  });

  it('reads empty as null', () => {
    expect(parseEmail(' ')).toEqual({ ok: true, value: null });
  });
});

describe('parsePhone', () => {
  it.each([
    ['070-174 06 05', '+46701740605'],
    ['0701740605', '+46701740605'],
    ['+46 70 174 06 05', '+46701740605'],
    ['0046701740605', '+46701740605'],
    ['08-465 004 01', '+46846500401'],
    ['(070) 174 06 05', '+46701740605'],
    // What Excel leaves of a number column: the leading 0 or the plus sign gone.
    ['701740605', '+46701740605'],
    ['46701740605', '+46701740605'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parsePhone(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['ring mig', '12', '070-174 06 05 / 08-465 004 01', '4.67017E+10'])(
    'refuses %j',
    (raw) => {
      expect(parsePhone(raw)).toMatchObject({
        ok: false,
        error: { code: 'invalid_phone', message: expect.stringContaining('Telefonnumret') },
      });
    },
  );
});

describe('parseYesNo', () => {
  it.each(['ja', 'JA', 'j', 'x', 'X', '1', 'true', 'TRUE', 'sant', 'yes', 'medlem', 'Member'])(
    'reads %j as yes',
    (raw) => expect(parseYesNo(raw)).toEqual({ ok: true, value: true }),
  );

  it.each(['nej', 'n', '0', 'false', 'FALSE', 'falskt', 'no', 'ej medlem', 'icke-medlem'])(
    'reads %j as no',
    (raw) => expect(parseYesNo(raw)).toEqual({ ok: true, value: false }),
  );

  it('reads empty as unknown and refuses anything else', () => {
    expect(parseYesNo('')).toEqual({ ok: true, value: null });
    expect(parseYesNo('kanske')).toMatchObject({ ok: false, error: { code: 'invalid_yes_no' } });
  });
});

describe('parseGender', () => {
  it.each([
    ['kvinna', 'woman'],
    ['K', 'woman'],
    ['Female', 'woman'],
    ['man', 'man'],
    ['M', 'man'],
    ['male', 'man'],
    ['annat', 'other'],
    ['Icke-binär', 'other'],
    ['non-binary', 'other'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseGender(raw)).toEqual({ ok: true, value: expected });
  });

  it('reads "vill ej uppge" and empty as unknown, not as an error', () => {
    expect(parseGender('Vill ej uppge')).toEqual({ ok: true, value: null });
    expect(parseGender('')).toEqual({ ok: true, value: null });
  });

  it('refuses unknown words, including object property names', () => {
    for (const raw of ['kanske', 'constructor', 'toString']) {
      expect(parseGender(raw), raw).toMatchObject({ ok: false, error: { code: 'invalid_gender' } });
    }
  });
});

describe('parseMemberNumber', () => {
  it('keeps member numbers as text, leading zeros included', () => {
    expect(parseMemberNumber(' 00117 ')).toEqual({ ok: true, value: '00117' });
    expect(parseMemberNumber('A-2019-17')).toEqual({ ok: true, value: 'A-2019-17' });
    expect(parseMemberNumber('12345.0')).toEqual({ ok: true, value: '12345' });
  });

  it('refuses a member number Excel turned into E notation', () => {
    expect(parseMemberNumber('1,2E+5')).toMatchObject({
      ok: false,
      error: { code: 'member_number_in_e_notation' },
    });
    expect(parseMemberNumber('1.20345E+05')).toMatchObject({ ok: false });
  });
});

describe('parsePostcode', () => {
  it('writes Swedish postcodes as "123 45" and leaves foreign ones as typed', () => {
    for (const raw of ['12345', '123 45', 'SE-123 45', 's-12345']) {
      expect(parsePostcode(raw), raw).toEqual({ ok: true, value: '123 45' });
    }
    expect(parsePostcode('0150 Oslo')).toEqual({ ok: true, value: '0150 Oslo' });
  });
});

describe('echo', () => {
  it('quotes a value for a message, hiding identity numbers and cutting long text', () => {
    expect(echo(' 31/13/2020 ')).toBe('"31/13/2020"');
    expect(echo('född 19850412-1234')).toBe('"född …"');
    expect(echo('x'.repeat(60))).toBe(`"${'x'.repeat(40)}…"`);
  });
});
