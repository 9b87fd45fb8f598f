import { describe, expect, it } from 'vitest';
import { lastDays, stockholmDay } from './coverage-period.ts';

describe('the coverage period', () => {
  it('counts days in Stockholm, today included', () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(stockholmDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(lastDays(90, new Date('2026-12-06T12:00:00Z'))).toEqual({
      from: '2026-09-08',
      to: '2026-12-06',
    });
  });
});
