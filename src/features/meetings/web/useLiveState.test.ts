import { describe, expect, it } from 'vitest';
import { formatSeconds } from './useLiveState.ts';

describe('formatSeconds', () => {
  it('reads as minutes and seconds, with a sign past the limit', () => {
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(3600)).toBe('60:00');
    expect(formatSeconds(-10)).toBe('-0:10');
  });
});
