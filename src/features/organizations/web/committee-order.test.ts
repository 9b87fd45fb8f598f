import { describe, expect, it } from 'vitest';
import { sortByOffice, titleRank } from './committee-order.ts';

const member = (name: string, title: string) => ({ name, title });

describe('sortByOffice', () => {
  it('lists a board as ordförande, vice, kassör, sekreterare, ledamöter, ersättare', () => {
    const board = [
      member('Amina', 'ledamot'),
      member('Lars', 'sekreterare'),
      member('Sara', 'vice ordförande'),
      member('Nils', 'ersättare'),
      member('Daniel', 'kassör'),
      member('Jonas', 'Ordförande'),
      member('Ali', 'ledamot'),
      member('Eva', 'webbansvarig'),
    ];
    expect(sortByOffice(board).map((m) => m.name)).toEqual([
      'Jonas',
      'Sara',
      'Daniel',
      'Lars',
      'Amina',
      'Ali',
      'Nils',
      'Eva',
    ]);
  });

  it('ranks a longer title by the office it starts with', () => {
    expect(titleRank('ledamot i kommunfullmäktige')).toBe(titleRank('ledamot'));
    expect(titleRank('  Vice  ordförande ')).toBe(1);
    expect(titleRank('ordförandeklubba')).toBeGreaterThan(titleRank('ersättare'));
  });

  it('puts a convenor or group leader first, like a chair', () => {
    const group = [member('Amina', 'ledamot i kommunfullmäktige'), member('Tomas', 'gruppledare')];
    expect(sortByOffice(group).map((m) => m.name)).toEqual(['Tomas', 'Amina']);
  });
});
