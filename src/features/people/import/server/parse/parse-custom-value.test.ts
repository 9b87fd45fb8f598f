import { describe, expect, it } from 'vitest';
import type { ImportCustomField } from './map-headers.ts';
import { parseCustomValue, parseNumber } from './parse-custom-value.ts';

const field = (kind: ImportCustomField['kind'], options: string[] = []): ImportCustomField => ({
  id: '11111111-1111-4111-8111-111111111111',
  label: 'Eget fält',
  kind,
  options,
});

const value = (raw: string, f: ImportCustomField) => {
  const parsed = parseCustomValue(raw, f, { today: new Date(Date.UTC(2026, 5, 15)) });
  return parsed.ok ? parsed.value : parsed.error;
};

describe('custom values from import cells', () => {
  it('reads numbers with a Swedish decimal comma, spaces between thousands, or a point', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 234,50')).toBe(1234.5);
    expect(parseNumber('1\u00a0234')).toBe(1234);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('3.5')).toBe(3.5);
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('tolv')).toBeNull();
    expect(parseNumber('12 kr')).toBeNull();
    expect(value('42', field('number'))).toBe(42);
    expect(value('många', field('number'))).toEqual({
      code: 'invalid_number',
      message: 'Eget fält: "många" är inget tal',
      messageEn: 'Eget fält: "många" is not a number',
    });
  });

  it('reads dates in the same Swedish forms as the person fields', () => {
    expect(value('2021-03-05', field('date'))).toBe('2021-03-05');
    expect(value('5/3 2021', field('date'))).toBe('2021-03-05');
    expect(value('5 mars 2021', field('date'))).toBe('2021-03-05');
    expect(value('20210305', field('date'))).toBe('2021-03-05');
    expect(value('snart', field('date'))).toMatchObject({ message: /^Eget fält: / });
  });

  it('matches one choice in any case, and gives it as the field spells it', () => {
    const size = field('choice', ['Liten', 'Mellan', 'Stor']);
    expect(value(' stor ', size)).toBe('Stor');
    expect(value('MELLAN', size)).toBe('Mellan');
    expect(value('Jättestor', size)).toEqual({
      code: 'invalid_choice',
      message: 'Eget fält: "Jättestor" finns inte bland valen (Liten, Mellan, Stor)',
      messageEn: 'Eget fält: "Jättestor" is not one of the choices (Liten, Mellan, Stor)',
    });
  });

  it('splits several choices on semicolons or commas, keeping a choice that holds a comma', () => {
    const days = field('multi_choice', ['Måndag', 'Tisdag', 'Lördag, förmiddag']);
    expect(value('måndag; tisdag', days)).toEqual(['Måndag', 'Tisdag']);
    expect(value('Tisdag,Måndag,tisdag', days)).toEqual(['Tisdag', 'Måndag']);
    expect(value('Lördag, förmiddag', days)).toEqual(['Lördag, förmiddag']);
    expect(value('Måndag;lördag, förmiddag', days)).toEqual(['Måndag', 'Lördag, förmiddag']);
    expect(value('Måndag, söndag', days)).toMatchObject({
      code: 'invalid_choice',
      message: expect.stringContaining('"söndag" finns inte bland valen'),
    });
  });

  it('reads yes and no as ja/nej, yes/no, 1/0 and x', () => {
    const yesNo = field('yes_no');
    for (const yes of ['ja', 'JA', 'yes', '1', 'x', 'X']) expect(value(yes, yesNo)).toBe(true);
    for (const no of ['nej', 'Nej', 'no', '0']) expect(value(no, yesNo)).toBe(false);
    expect(value('kanske', yesNo)).toMatchObject({ code: 'invalid_yes_no' });
  });

  it('reads web addresses, with or without https://', () => {
    const url = field('url');
    expect(value('https://example.se/sida', url)).toBe('https://example.se/sida');
    expect(value('www.example.se', url)).toBe('https://www.example.se/');
    expect(value('http://example.org', url)).toBe('http://example.org/');
    expect(value('inte en adress', url)).toMatchObject({ code: 'invalid_url' });
    expect(value('mailto:a@example.se', url)).toMatchObject({ code: 'invalid_url' });
    expect(value('javascript:alert(1)', url)).toMatchObject({ code: 'invalid_url' });
  });

  it('keeps text as it is, whitespace tidied; an empty cell is no value', () => {
    expect(value('  Vill ha  sms ', field('text'))).toBe('Vill ha sms');
    expect(value('x'.repeat(2001), field('text'))).toMatchObject({ code: 'too_long' });
    expect(value('   ', field('number'))).toBeNull();
  });
});
