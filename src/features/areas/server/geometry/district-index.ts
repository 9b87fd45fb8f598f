import { bboxOf, polygonsOf, type BBox, type Geometry } from './area-geometry.ts';

interface IndexedDistrict {
  code: string;
  bbox: BBox;
  polygons: number[][][][];
}

/** Districts with their bounding boxes, bucketed in a coarse grid so a lookup tests only a few polygons. */
export interface DistrictIndex {
  districts: IndexedDistrict[];
  bbox: BBox;
  columns: number;
  rows: number;
  cells: number[][]; // per grid cell: indexes into districts whose bbox touches the cell
}

const gridSize = 32;

export function buildDistrictIndex(
  districts: Array<{ code: string; geometry: Geometry }>,
): DistrictIndex {
  const indexed = districts.map((d) => ({
    code: d.code,
    bbox: bboxOf(d.geometry),
    polygons: polygonsOf(d.geometry),
  }));
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const d of indexed) {
    bbox[0] = Math.min(bbox[0], d.bbox[0]);
    bbox[1] = Math.min(bbox[1], d.bbox[1]);
    bbox[2] = Math.max(bbox[2], d.bbox[2]);
    bbox[3] = Math.max(bbox[3], d.bbox[3]);
  }
  const index: DistrictIndex = {
    districts: indexed,
    bbox,
    columns: gridSize,
    rows: gridSize,
    cells: [],
  };
  for (let i = 0; i < gridSize * gridSize; i++) index.cells.push([]);
  indexed.forEach((d, i) => {
    const [c0, r0] = cellOf(index, d.bbox[0], d.bbox[1]);
    const [c1, r1] = cellOf(index, d.bbox[2], d.bbox[3]);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) index.cells[r * gridSize + c]!.push(i);
  });
  return index;
}

function cellOf(index: DistrictIndex, lon: number, lat: number): [number, number] {
  const [minLon, minLat, maxLon, maxLat] = index.bbox;
  const clamp = (v: number) => Math.min(gridSize - 1, Math.max(0, Math.floor(v * gridSize)));
  return [
    clamp((lon - minLon) / (maxLon - minLon || 1)),
    clamp((lat - minLat) / (maxLat - minLat || 1)),
  ];
}

/** The code of the district containing the point, or null outside all. A point in a hole belongs to the district filling it (if any). */
export function districtAt(index: DistrictIndex, lon: number, lat: number): string | null {
  const [minLon, minLat, maxLon, maxLat] = index.bbox;
  if (!(lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat)) return null;
  const [c, r] = cellOf(index, lon, lat);
  for (const i of index.cells[r * index.columns + c]!) {
    const d = index.districts[i]!;
    if (lon < d.bbox[0] || lon > d.bbox[2] || lat < d.bbox[1] || lat > d.bbox[3]) continue;
    if (d.polygons.some((polygon) => isInPolygon(polygon, lon, lat))) return d.code;
  }
  return null;
}

// Even-odd rule over all rings: crossing a hole's border takes the point out again.
function isInPolygon(rings: number[][][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
