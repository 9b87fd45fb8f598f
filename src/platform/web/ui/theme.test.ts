import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '@mantine/core';
import { lightTextColors, partyRed, statusColors } from './theme.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('theme colours', () => {
  it('white text on the primary red (filled buttons) and red links on white reach 4.5:1', () => {
    expect(contrast('#ffffff', partyRed[6])).toBeGreaterThanOrEqual(4.5);
    // filled-hover is shade 7
    expect(contrast('#ffffff', partyRed[7])).toBeGreaterThanOrEqual(4.5);
  });

  it('light-variant text (shade 9) on light-variant background (shade 1) reaches 4.5:1', () => {
    expect(contrast(partyRed[9], partyRed[1])).toBeGreaterThanOrEqual(4.5);
  });

  it('light-variant alerts and badges in every colour the app uses reach 4.5:1', () => {
    const colors = {
      ...statusColors,
      gray: DEFAULT_THEME.colors.gray,
      blue: DEFAULT_THEME.colors.blue,
    };
    for (const [name, tuple] of Object.entries(colors)) {
      expect([name, contrast(tuple[9], tuple[1]) >= 4.5]).toEqual([name, true]);
    }
  });

  it('dimmed, error and placeholder text on white reach 4.5:1', () => {
    for (const color of Object.values(lightTextColors)) {
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
