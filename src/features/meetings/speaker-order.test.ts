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

  it('lets a reply go first only while the speech it answers (or a reply to it) is the latest', () => {
    const replies = [
      { id: 'a', personId: 'anna', kind: 'speech' as const, requestedAt: at(1) },
      { id: 'old', personId: 'cy', kind: 'reply' as const, replyToId: 's1', requestedAt: at(2) },
      { id: 'new', personId: 'eva', kind: 'reply' as const, replyToId: 's2', requestedAt: at(3) },
    ];
    expect(
      orderSpeakers(replies, new Set(), false, new Set(['s2', 'r2'])).map((s) => s.id),
    ).toEqual(['new', 'a', 'old']);
    expect(orderSpeakers(replies, new Set(), false, new Set(['s1'])).map((s) => s.id)).toEqual([
      'old',
      'a',
      'new',
    ]);
  });
});
