import { describe, expect, it } from 'vitest';
import { orderSpeakers } from './speaker-order.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 18, minute)).toISOString();

describe('orderSpeakers', () => {
  const waiting = [
    { id: 'a', personId: 'anna', kind: 'speech' as const, requestedAt: at(1) },
    { id: 'b', personId: 'bo', kind: 'speech' as const, requestedAt: at(2) },
    { id: 'r', personId: 'cy', kind: 'reply' as const, requestedAt: at(3) },
    { id: 'd', personId: 'dan', kind: 'speech' as const, requestedAt: at(4) },
  ];

  it('puts replies first, then speeches in the order asked for', () => {
    expect(orderSpeakers(waiting, new Set(['anna']), false).map((s) => s.id)).toEqual([
      'r',
      'a',
      'b',
      'd',
    ]);
  });

  it('puts first-time speakers before those who spoke, when the meeting chose it', () => {
    expect(orderSpeakers(waiting, new Set(['anna', 'bo']), true).map((s) => s.id)).toEqual([
      'r',
      'd',
      'a',
      'b',
    ]);
  });
});
