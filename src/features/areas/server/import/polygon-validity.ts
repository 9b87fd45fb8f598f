// Finds where a polygon's rings cross themselves or each other, in the file's own coordinates (so
// that rounding after reprojection cannot invent a crossing). Segments are compared only when their
// boxes overlap along a sweep over x, not every pair of segments of a big ring.

export interface Crossing {
  /** 0 = the outer ring, 1… = holes. */
  ring: number;
  otherRing: number;
  /** A point near the crossing, in the ring's coordinates. */
  at: [number, number];
}

interface Segments {
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  ring: Int32Array;
  index: Int32Array; // position of the segment in its ring
  ringSize: Int32Array; // segments in its ring
}

function collectSegments(rings: number[][][]): Segments {
  const total = rings.reduce((sum, r) => sum + Math.max(0, r.length - 1), 0);
  const s: Segments = {
    x1: new Float64Array(total),
    y1: new Float64Array(total),
    x2: new Float64Array(total),
    y2: new Float64Array(total),
    ring: new Int32Array(total),
    index: new Int32Array(total),
    ringSize: new Int32Array(total),
  };
  let k = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++, k++) {
      s.x1[k] = ring[i]![0]!;
      s.y1[k] = ring[i]![1]!;
      s.x2[k] = ring[i + 1]![0]!;
      s.y2[k] = ring[i + 1]![1]!;
      s.ring[k] = r;
      s.index[k] = i;
      s.ringSize[k] = ring.length - 1;
    }
  });
  return s;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Whether c (collinear with a–b) lies strictly inside the segment a–b. */
function strictlyBetween(ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  return (cx - ax) * (bx - cx) + (cy - ay) * (by - cy) > 0;
}

function isAdjacent(s: Segments, a: number, b: number): boolean {
  if (s.ring[a] !== s.ring[b]) return false;
  const diff = Math.abs(s.index[a]! - s.index[b]!);
  return diff === 1 || diff === s.ringSize[a]! - 1;
}

/** Proper crossing, or collinear overlap of positive length (adjacent segments: folding back). */
function segmentsConflict(s: Segments, a: number, b: number, adjacent: boolean): boolean {
  const [ax1, ay1, ax2, ay2] = [s.x1[a]!, s.y1[a]!, s.x2[a]!, s.y2[a]!];
  const [bx1, by1, bx2, by2] = [s.x1[b]!, s.y1[b]!, s.x2[b]!, s.y2[b]!];
  const d1 = orient(bx1, by1, bx2, by2, ax1, ay1);
  const d2 = orient(bx1, by1, bx2, by2, ax2, ay2);
  const d3 = orient(ax1, ay1, ax2, ay2, bx1, by1);
  const d4 = orient(ax1, ay1, ax2, ay2, bx2, by2);
  if (!adjacent && d1 * d2 < 0 && d3 * d4 < 0) return true;
  if (d1 !== 0 || d2 !== 0) return false;
  // Collinear: they overlap when an end of one lies strictly inside the other, or they coincide.
  const same =
    (ax1 === bx1 && ay1 === by1 && ax2 === bx2 && ay2 === by2) ||
    (ax1 === bx2 && ay1 === by2 && ax2 === bx1 && ay2 === by1);
  return (
    same ||
    strictlyBetween(ax1, ay1, ax2, ay2, bx1, by1) ||
    strictlyBetween(ax1, ay1, ax2, ay2, bx2, by2) ||
    strictlyBetween(bx1, by1, bx2, by2, ax1, ay1) ||
    strictlyBetween(bx1, by1, bx2, by2, ax2, ay2)
  );
}

/** The first crossing between segments of a polygon's rings, or null. Touching at a point is allowed. */
export function findCrossing(rings: number[][][]): Crossing | null {
  const s = collectSegments(rings);
  const n = s.x1.length;
  const minX = new Float64Array(n);
  for (let k = 0; k < n; k++) minX[k] = Math.min(s.x1[k]!, s.x2[k]!);
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => minX[a]! - minX[b]!);
  for (let i = 0; i < n; i++) {
    const a = order[i]!;
    const maxXa = Math.max(s.x1[a]!, s.x2[a]!);
    const minYa = Math.min(s.y1[a]!, s.y2[a]!);
    const maxYa = Math.max(s.y1[a]!, s.y2[a]!);
    for (let j = i + 1; j < n; j++) {
      const b = order[j]!;
      if (minX[b]! > maxXa) break;
      if (Math.min(s.y1[b]!, s.y2[b]!) > maxYa || Math.max(s.y1[b]!, s.y2[b]!) < minYa) continue;
      if (segmentsConflict(s, a, b, isAdjacent(s, a, b))) {
        return {
          ring: Math.min(s.ring[a]!, s.ring[b]!),
          otherRing: Math.max(s.ring[a]!, s.ring[b]!),
          at: [s.x1[a]!, s.y1[a]!],
        };
      }
    }
  }
  return null;
}

/** Twice the signed area; zero for a ring with no area. */
export function ringArea2(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return sum;
}
