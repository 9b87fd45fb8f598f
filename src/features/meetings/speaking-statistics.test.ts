import { describe, expect, it } from 'vitest';
import { speakingStatistics, turnSeconds, type Turn } from './speaking-statistics.ts';

const start = new Date('2026-03-01T18:00:00Z');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const turn = (over: Partial<Turn>): Turn => ({
  personId: 'p',
  gender: null,
  kind: 'speech',
  isFirstTime: true,
  startedAt: start,
  endedAt: after(60),
  ...over,
});

describe('speakingStatistics', () => {
  it('counts a running turn up to now and groups by stated gender', () => {
    const now = after(100);
    const stats = speakingStatistics(
      [
        turn({ personId: 'a', gender: 'woman' }),
        turn({ personId: 'a', gender: 'woman', isFirstTime: false, endedAt: null }),
        turn({ personId: null, gender: 'man', kind: 'reply' }),
      ],
      now,
    );
    expect(stats.total).toEqual({ turns: 3, seconds: 220, speakers: 2 });
    expect(stats.byGender.woman).toEqual({ turns: 2, seconds: 160, speakers: 1 });
    expect(stats.byGender.not_stated.turns).toBe(0);
    expect(stats.byFirstTime.other).toEqual({ turns: 1, seconds: 100, speakers: 1 });
    expect(stats.byKind.reply.seconds).toBe(60);
  });

  it('never gives a negative time', () => {
    expect(turnSeconds({ startedAt: after(10), endedAt: start }, start)).toBe(0);
  });
});
