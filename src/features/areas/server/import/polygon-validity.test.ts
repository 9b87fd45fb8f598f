import { describe, expect, it } from 'vitest';
import { findCrossing } from './polygon-validity.ts';

/** A ring written as in WKT: "x y, x y, …". */
const ring = (wkt: string) => wkt.split(',').map((pair) => pair.trim().split(/\s+/).map(Number));
const outer = ring('0 0, 10 0, 10 10, 0 10, 0 0');

/** A closed ring of n positions around a circle (valid, and large). */
function circle(n: number, r = 1000, cx = 500_000, cy = 6_500_000): number[][] {
  const positions = Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  return [...positions, positions[0]!];
}

describe('findCrossing', () => {
  it('accepts a square with a hole, and a hole touching the outer ring at one point', () => {
    expect(findCrossing([outer, ring('2 2, 2 8, 8 8, 8 2, 2 2')])).toBeNull();
    expect(findCrossing([outer, ring('0 5, 3 4, 3 6, 0 5')])).toBeNull();
  });

  it('finds a bow-tie', () => {
    expect(findCrossing([ring('0 0, 10 10, 10 0, 0 10, 0 0')])).toMatchObject({
      ring: 0,
      otherRing: 0,
      at: expect.any(Array),
    });
  });

  it('finds a hole crossing the outer ring and two holes crossing each other', () => {
    const across = ring('5 5, 15 5, 15 6, 5 6, 5 5');
    expect(findCrossing([outer, across])).toMatchObject({ ring: 0, otherRing: 1 });
    const a = ring('1 1, 4 1, 4 4, 1 4, 1 1');
    const b = ring('3 3, 6 3, 6 6, 3 6, 3 3');
    expect(findCrossing([outer, a, b])).toMatchObject({ ring: 1, otherRing: 2 });
  });

  it('finds a ring that runs back over itself (an overlap, a spike)', () => {
    expect(findCrossing([ring('0 0, 10 0, 10 5, 7 5, 7 0, 3 0, 3 5, 0 5, 0 0')])).not.toBeNull();
    expect(findCrossing([ring('0 0, 10 0, 10 10, 10 0, 0 10, 0 0')])).not.toBeNull();
  });

  it('checks a ring of 100 000 positions quickly', () => {
    const big = circle(100_000);
    const started = performance.now();
    expect(findCrossing([big])).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
    // The same ring with one position pulled out across the far side.
    big[500] = [498_000, 6_500_000];
    expect(findCrossing([big])).not.toBeNull();
  });
});
