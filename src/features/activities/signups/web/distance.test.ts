import { describe, expect, it } from 'vitest';
import { distanceKm, nearby } from './distance.ts';

// Huddinge centrum and Flemingsberg station, about 2.8 km apart; Skogås about 10 km away.
const huddinge = { latitude: 59.2367, longitude: 17.9813 };
const flemingsberg = { latitude: 59.2186, longitude: 17.9466 };
const skogas = { latitude: 59.2177, longitude: 18.1532 };

describe('distance', () => {
  it('measures kilometres between two points', () => {
    expect(distanceKm(huddinge, huddinge)).toBe(0);
    expect(distanceKm(huddinge, flemingsberg)).toBeCloseTo(2.8, 1);
    expect(distanceKm(huddinge, skogas)).toBeGreaterThan(9);
  });

  it('keeps what lies within the radius, with its distance, and leaves out what has no point', () => {
    const items = [
      { id: 'a', ...flemingsberg },
      { id: 'b', ...skogas },
      { id: 'c', latitude: null, longitude: null },
    ];
    const found = nearby(items, huddinge, 5);
    expect(found.map((item) => item.id)).toEqual(['a']);
    expect(found[0]!.distanceKm).toBeCloseTo(2.8, 1);
  });
});
