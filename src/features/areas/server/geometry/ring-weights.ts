/** An arc point after presimplify: lon, lat and its Visvalingam weight (m²; Infinity = always kept). */
export type WeightedPoint = [number, number, number];

// Lon/lat to local metres on the GRS 80 ellipsoid: a triangle or ring is small enough for the
// scale at one latitude.
const radians = (degrees: number) => (degrees * Math.PI) / 180;
/** Metres per degree of latitude at a latitude. */
export const latScale = (lat: number) => 111_132.95 - 559.82 * Math.cos(2 * radians(lat));
/** Metres per degree of longitude at a latitude. */
export const lonScale = (lat: number) =>
  111_412.84 * Math.cos(radians(lat)) - 93.5 * Math.cos(3 * radians(lat));

/** A triangle's area in m² (the simplification weight). */
export function triangleAreaM2([a, b, c]: WeightedPoint[]): number {
  const twice = (a![0] - c![0]) * (b![1] - a![1]) - (a![0] - b![0]) * (c![1] - a![1]);
  return (Math.abs(twice) / 2) * lonScale(b![1]) * latScale(b![1]);
}

/** A ring's area in m² (unsigned). */
export function ringAreaM2(points: ReadonlyArray<readonly number[]>): number {
  if (points.length < 3) return 0;
  let twice = 0;
  let lat = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    twice += p[0]! * q[1]! - q[0]! * p[1]!;
    lat += p[1]!;
  });
  const mid = lat / points.length;
  return (Math.abs(twice) / 2) * lonScale(mid) * latScale(mid);
}

/**
 * Marks points of a ring as always kept until the kept ones span an area: at least a triangle, so
 * no district, hole or island collapses to a line at any level. A ring made of one closed arc, or
 * of two arcs (two junctions), would otherwise keep only its arc ends.
 */
export function forceVisibleCore(points: WeightedPoint[]): void {
  for (;;) {
    const kept = points.map((p, i) => (p[2] === Infinity ? i : -1)).filter((i) => i >= 0);
    if (kept.length >= 3 && ringAreaM2(kept.map((i) => points[i]!)) > 0) return;
    if (kept.length === 0) {
      if (points.length === 0) return;
      points[0]![2] = Infinity;
      continue;
    }
    const best = bestAddition(points, kept);
    if (best < 0) return; // the ring itself has no area
    points[best]![2] = Infinity;
  }
}

// The point that adds most: the farthest from a lone kept point, else the largest triangle with
// the kept points before and after it.
function bestAddition(points: WeightedPoint[], kept: number[]): number {
  let best = -1;
  let bestScore = 0;
  let k = kept.length - 1; // index into kept of the last kept point before i
  for (let i = 0; i < points.length; i++) {
    if (points[i]![2] === Infinity) {
      k = kept.indexOf(i);
      continue;
    }
    const before = points[kept[k]!]!;
    const after = points[kept[(k + 1) % kept.length]!]!;
    const p = points[i]!;
    const score =
      kept.length === 1
        ? (p[0] - before[0]) ** 2 + (p[1] - before[1]) ** 2
        : triangleAreaM2([before, p, after]);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
