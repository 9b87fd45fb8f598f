import { describe, expect, it } from 'vitest';
import {
  daysOf,
  fromLocalInput,
  occurrenceDates,
  rangeOf,
  stepAnchor,
  stockholmDate,
  toLocalInput,
} from './calendar-time.ts';

// Runs with TZ=UTC: every answer must come from Stockholm's clock, not the machine's.
describe('calendar time', () => {
  it('reads and writes Stockholm wall-clock times on both sides of the summer-time changes', () => {
    expect(fromLocalInput('2025-01-15T18:00')).toBe('2025-01-15T17:00:00.000Z');
    expect(fromLocalInput('2025-07-15T18:00')).toBe('2025-07-15T16:00:00.000Z');
    // The first hour after the clocks went forward, and the day they went back.
    expect(fromLocalInput('2025-03-30T03:00')).toBe('2025-03-30T01:00:00.000Z');
    expect(fromLocalInput('2025-10-26T12:00')).toBe('2025-10-26T11:00:00.000Z');
    expect(toLocalInput('2025-03-30T01:00:00.000Z')).toBe('2025-03-30T03:00');
    expect(toLocalInput('2025-10-25T22:30:00.000Z')).toBe('2025-10-26T00:30');
    expect(fromLocalInput('2025-03-30T')).toBeNull();
  });

  it('puts late-evening UTC instants on the next Stockholm day', () => {
    expect(stockholmDate('2025-06-01T22:30:00.000Z')).toBe('2025-06-02');
    expect(stockholmDate('2025-12-31T23:30:00.000Z')).toBe('2026-01-01');
    expect(stockholmDate('2025-12-31T22:30:00.000Z')).toBe('2025-12-31');
  });

  it('shows whole weeks from Monday, and queries from the start of the first Stockholm day', () => {
    const month = daysOf('month', '2025-06-18');
    expect(month[0]).toBe('2025-05-26');
    expect(month.at(-1)).toBe('2025-07-06');
    expect(month).toHaveLength(42);
    expect(daysOf('week', '2025-06-18')).toEqual([
      '2025-06-16',
      '2025-06-17',
      '2025-06-18',
      '2025-06-19',
      '2025-06-20',
      '2025-06-21',
      '2025-06-22',
    ]);
    expect(rangeOf('week', '2025-06-18')).toEqual({
      from: '2025-06-15T22:00:00.000Z',
      to: '2025-06-22T22:00:00.000Z',
    });
    expect(daysOf('list', '2025-06-18')).toHaveLength(28);
    expect(stepAnchor('month', '2025-01-31', 1)).toBe('2025-02-01');
    expect(stepAnchor('list', '2025-06-18', -1)).toBe('2025-05-21');
  });

  it('lists a series’ dates as the server does, monthly ones on the last day of short months', () => {
    expect(occurrenceDates('2025-05-10', 'biweekly', '2025-06-10')).toEqual([
      '2025-05-10',
      '2025-05-24',
      '2025-06-07',
    ]);
    expect(occurrenceDates('2025-01-31', 'monthly', '2025-04-30')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
  });
});
