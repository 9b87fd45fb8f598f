import { describe, expect, it } from 'vitest';
import { parseBirthYear, parseSwedishDate } from './parse-date.ts';

const today = new Date(Date.UTC(2026, 5, 15));
const date = (raw: string) => parseSwedishDate(raw, { today });
const year = (raw: string) => parseBirthYear(raw, { today });

describe('parseSwedishDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021-3-5', '2021-03-05'],
    ['2021/03/05', '2021-03-05'],
    ['2021.03.05', '2021-03-05'],
    ['2021-03-05 14:30', '2021-03-05'],
    ['2021-03-05T14:30:00Z', '2021-03-05'],
    ['20210305', '2021-03-05'],
    ['210305', '2021-03-05'],
    ['850412', '1985-04-12'],
    ['5/3/2021', '2021-03-05'],
    ['5/3 2021', '2021-03-05'],
    ['05/03/2021', '2021-03-05'],
    ['5.3.2021', '2021-03-05'],
    ['5-3-2021', '2021-03-05'],
    ['5/3/21', '2021-03-05'],
    ['5 mars 2021', '2021-03-05'],
    ['5:e mars 2021', '2021-03-05'],
    ['1:a maj 2020', '2020-05-01'],
    ['5 MAR. 2021', '2021-03-05'],
    ['12 okt 2019', '2019-10-12'],
    ['15 april 2019', '2019-04-15'],
    ['March 5, 2021', '2021-03-05'],
    ['5 December 2021', '2021-12-05'],
    ['mars 2021', '2021-03-01'],
    ['Augusti 2018', '2018-08-01'],
    ['2021-03', '2021-03-01'],
    ['3/2021', '2021-03-01'],
    ['2015', '2015-01-01'],
    ['44260', '2021-03-05'],
    ['44260.5', '2021-03-05'],
    ['  2021-03-05 ', '2021-03-05'],
  ])('reads %j as %s', (raw, expected) => {
    expect(date(raw)).toEqual({ ok: true, value: expected });
  });

  it('reads empty cells as null', () => {
    expect(date('')).toEqual({ ok: true, value: null });
    expect(date('   ')).toEqual({ ok: true, value: null });
  });

  it('puts two-digit years up to this year in this century, later ones in the last', () => {
    expect(date('260101')).toEqual({ ok: true, value: '2026-01-01' });
    expect(date('270101')).toEqual({ ok: true, value: '1927-01-01' });
  });

  it('refuses dates that do not exist, with a Swedish and an English message', () => {
    expect(date('31/13/2020')).toEqual({
      ok: false,
      error: {
        code: 'invalid_date',
        message: 'Datumet "31/13/2020" finns inte i kalendern',
        messageEn: 'The date "31/13/2020" does not exist',
      },
    });
    expect(date('2021-02-29')).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    expect(date('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' });
  });

  it.each(['igår', '3/5/2021/1', '5 smarch 2021', '2021-03-05-01', '1234567', 'x2021'])(
    'refuses %j as unreadable',
    (raw) => {
      const result = date(raw);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
      if (!result.ok) expect(result.error.message).toContain('går inte att tolka');
    },
  );

  it('refuses years outside 1900–2100', () => {
    expect(date('1899-12-31')).toMatchObject({ ok: false, error: { code: 'date_out_of_range' } });
    expect(date('2101-01-01')).toMatchObject({ ok: false, error: { code: 'date_out_of_range' } });
  });
});

describe('parseBirthYear', () => {
  it.each([
    ['1985', 1985],
    ['1985-04-12', 1985],
    ['12/4/1985', 1985],
    ['19850412', 1985],
    ['850412', 1985],
    ['12 april 1985', 1985],
    ['31149', 1985],
  ])('reads %j as %i', (raw, expected) => {
    expect(year(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['19850412-1234', 1985],
    ['198504121234', 1985],
    ['850412-1234', 1985],
    ['8504121234', 1985],
    ['121212-1212', 2012],
    ['250101+1234', 1925],
    ['19850472-1234', 1985],
    ['850412 - 1234', 1985],
  ])('takes only the year from the identity number %j', (raw, expected) => {
    expect(year(raw)).toEqual({ ok: true, value: expected });
  });

  it('never repeats an identity number in its error message', () => {
    const result = year('19791312-4321');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_birth_year' } });
    expect(JSON.stringify(result)).not.toMatch(/4321|1979|791312/);
  });

  it('refuses years in the future, before 1900 and non-years', () => {
    for (const raw of ['2027', '1850', '85', 'fyrtiotal', '19850412-12']) {
      expect(year(raw), raw).toMatchObject({ ok: false, error: { code: 'invalid_birth_year' } });
    }
  });

  it('reads empty as null', () => {
    expect(year(' ')).toEqual({ ok: true, value: null });
  });
});
