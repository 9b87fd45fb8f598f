import { describe, expect, it } from 'vitest';
import { contrastRatio, tagPalette, textColourOn } from './tag-colour.ts';

describe('textColourOn', () => {
  it('puts white text on dark colours and black text on light ones', () => {
    expect(textColourOn('#c8102e')).toBe('#ffffff');
    expect(textColourOn('#212529')).toBe('#ffffff');
    expect(textColourOn('#fab005')).toBe('#000000');
    expect(textColourOn('#ffffff')).toBe('#000000');
    expect(textColourOn('#FAB005')).toBe('#000000');
  });

  it('reaches at least 4.5:1 on any colour, palette or not', () => {
    const samples = [...tagPalette.map((item) => item.colour), '#808080', '#7f7f7f', '#00ff00'];
    for (let value = 0; value < 256; value += 15) {
      const hex = value.toString(16).padStart(2, '0');
      samples.push(`#${hex}${hex}${hex}`, `#${hex}0000`, `#00${hex}00`, `#0000${hex}`);
    }
    for (const colour of samples) {
      expect([colour, contrastRatio(colour, textColourOn(colour)) >= 4.5]).toEqual([colour, true]);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
