import { gzipSync } from 'node:zlib';
import { quantize } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Geometry } from './area-geometry.ts';
import {
  forceVisibleCore,
  latScale,
  lonScale,
  ringAreaM2,
  triangleAreaM2,
  type WeightedPoint,
} from './ring-weights.ts';

export type ZoomLevel = 'county' | 'municipality' | 'district'; // Leaflet zoom ≤ 9, 10–12, ≥ 13
export const zoomLevels: readonly ZoomLevel[] = ['county', 'municipality', 'district'];

export interface TopologyDistrict {
  code: string;
  name: string;
  geometry: Geometry;
}
export interface DistrictProperties {
  code: string;
  name: string;
}
export type DistrictTopology = Topology<{ districts: GeometryCollection<DistrictProperties> }>;

// Metres per screen pixel at the closest zoom each level is drawn at, at 58° N (Web Mercator:
// 156,543 m × cos 58° / 2^zoom): county up to zoom 9 ≈ 160 m, municipality up to 12 ≈ 20 m,
// district at street zoom 16 ≈ 1.25 m (the source itself is exact to about 0.1 m).
// From the pixel: a vertex goes when its Visvalingam triangle is under (½ px)², as it then moves
// the border by well under a pixel; coordinates snap to a grid of ⅛ px, too fine to see; a hole
// or island that borders no other district goes when it is smaller than one pixel.
export const pixelMetres: Record<ZoomLevel, number> = {
  county: 160,
  municipality: 20,
  district: 1.25,
};

const levelTolerances = (level: ZoomLevel) => {
  const px = pixelMetres[level];
  return { minTriangleM2: (px / 2) ** 2, gridMetres: px / 8, dropRingM2: px * px };
};

interface RingInfo {
  shared: boolean; // one of its arcs borders another district: never dropped, or a gap would open
  areaM2: number;
}
interface PreparedTopology {
  topology: DistrictTopology; // unquantized, every arc point [lon, lat, weight in m²]
  rings: RingInfo[][][]; // per geometry, per polygon, per ring
  mainPolygon: number[]; // per geometry: its largest polygon, kept at every level
}

/** Builds the shared-arc topology once and weighs every vertex, so that all levels come from it. */
function prepareTopology(districts: TopologyDistrict[]): PreparedTopology {
  const collection = {
    type: 'FeatureCollection' as const,
    features: districts.map((d) => ({
      type: 'Feature' as const,
      properties: { code: d.code, name: d.name },
      geometry: d.geometry,
    })),
  };
  const raw = buildTopology({ districts: collection }) as unknown as DistrictTopology;
  const topology = presimplify(raw, (t) => triangleAreaM2(t as unknown as WeightedPoint[]));
  const arcs = topology.arcs as unknown as WeightedPoint[][];
  const geometries = polygonGeometries(topology);

  const usersOfArc = new Map<number, Set<number>>();
  geometries.forEach((polygons, g) => {
    for (const ring of polygons.flat())
      for (const ref of ring) {
        const arc = ref < 0 ? ~ref : ref;
        const users = usersOfArc.get(arc) ?? new Set<number>();
        users.add(g);
        usersOfArc.set(arc, users);
      }
  });

  const rings = geometries.map((polygons) =>
    polygons.map((polygon) =>
      polygon.map((refs) => {
        const points = ringPoints(arcs, refs);
        forceVisibleCore(points);
        return {
          shared: refs.some((ref) => (usersOfArc.get(ref < 0 ? ~ref : ref)?.size ?? 0) > 1),
          areaM2: ringAreaM2(points),
        };
      }),
    ),
  );
  const mainPolygon = rings.map((polygons) => {
    let best = 0;
    polygons.forEach((p, i) => {
      if ((p[0]?.areaM2 ?? 0) > (polygons[best]?.[0]?.areaM2 ?? 0)) best = i;
    });
    return best;
  });
  return { topology, rings, mainPolygon };
}

function polygonGeometries(topology: DistrictTopology): number[][][][] {
  return topology.objects.districts.geometries.map((g) => {
    if (g.type === 'Polygon') return [(g as Polygon).arcs];
    if (g.type === 'MultiPolygon') return (g as MultiPolygon).arcs;
    throw new Error(`Unexpected geometry type ${g.type}`);
  });
}

// The ring's points in order, each position once (arcs share their end points with the next arc).
function ringPoints(arcs: WeightedPoint[][], refs: number[]): WeightedPoint[] {
  const points: WeightedPoint[] = [];
  for (const ref of refs) {
    const arc = ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!;
    points.push(...arc.slice(0, -1));
  }
  return points;
}

function levelTopology(
  prepared: PreparedTopology,
  level: ZoomLevel,
  gridMetres: number,
): DistrictTopology {
  const { minTriangleM2, dropRingM2 } = levelTolerances(level);
  const simplified = simplify(prepared.topology, minTriangleM2);
  const geometries = polygonGeometries(prepared.topology);
  const isDropped = (ring: RingInfo | undefined) =>
    !!ring && !ring.shared && ring.areaM2 < dropRingM2;

  const districts: GeometryCollection<DistrictProperties> = {
    type: 'GeometryCollection',
    geometries: prepared.topology.objects.districts.geometries.map((source, g) => {
      const polygons = geometries[g]!.flatMap((polygon, p) => {
        const info = prepared.rings[g]![p]!;
        const holes = polygon.slice(1).filter((_, h) => !isDropped(info[h + 1]));
        const isIsland = p !== prepared.mainPolygon[g] && isDropped(info[0]) && holes.length === 0;
        return isIsland ? [] : [[polygon[0]!, ...holes]];
      });
      const properties = source.properties as DistrictProperties;
      return polygons.length === 1
        ? { type: 'Polygon' as const, arcs: polygons[0]!, properties }
        : { type: 'MultiPolygon' as const, arcs: polygons, properties };
    }),
  };
  const [minLon, minLat, , maxLat] = prepared.topology.bbox!;
  const midLat = (minLat + maxLat) / 2;
  return quantize(
    { ...simplified, objects: { districts } },
    {
      scale: [gridMetres / lonScale(midLat), gridMetres / latScale(midLat)],
      translate: [minLon, minLat],
    },
  );
}

/** Topology-preserving simplification for a zoom level: shared borders stay shared arcs (no gaps or slivers), every district keeps at least a triangle, holes stay while visible. Quantized TopoJSON with objects.districts. */
export function simplifiedTopology(
  districts: TopologyDistrict[],
  level: ZoomLevel,
): DistrictTopology {
  return levelFromPrepared(prepareTopology(districts), level);
}

/** All three levels from one topology build (what an import caches). */
export function simplifiedTopologies(
  districts: TopologyDistrict[],
): Record<ZoomLevel, DistrictTopology> {
  const prepared = prepareTopology(districts);
  return {
    county: levelFromPrepared(prepared, 'county'),
    municipality: levelFromPrepared(prepared, 'municipality'),
    district: levelFromPrepared(prepared, 'district'),
  };
}

function levelFromPrepared(prepared: PreparedTopology, level: ZoomLevel): DistrictTopology {
  if (prepared.rings.length === 0)
    return {
      type: 'Topology',
      objects: { districts: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    };
  // A district narrower than the grid could snap to a line: refine the grid until none does.
  // (One that has no area in the source either is not waited for.)
  const hasArea = prepared.rings.map(
    (polygons, g) => (polygons[prepared.mainPolygon[g]!]?.[0]?.areaM2 ?? 0) > 0,
  );
  let grid = levelTolerances(level).gridMetres;
  for (;;) {
    const topology = levelTopology(prepared, level, grid);
    if (grid < 0.01 || districtsWithArea(topology).every((has, g) => has || !hasArea[g]))
      return topology;
    grid /= 4;
  }
}

function districtsWithArea(topology: DistrictTopology): boolean[] {
  const absolute = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)] as [number, number]);
  });
  return polygonGeometries(topology).map((polygons) =>
    polygons.some((polygon) => {
      const points = ringPoints(absolute as unknown as WeightedPoint[][], polygon[0]!);
      let twice = 0;
      points.forEach(([x0, y0], i) => {
        const [x1, y1] = points[(i + 1) % points.length]!;
        twice += x0 * y1 - x1 * y0;
      });
      return twice !== 0;
    }),
  );
}

/** The topology as the JSON text that is cached and sent. */
export function encodeTopology(topology: DistrictTopology): string {
  return JSON.stringify(topology);
}

export interface TopologySize {
  level: ZoomLevel;
  bytes: number;
  gzipBytes: number;
  milliseconds: number; // this level's simplification and encoding, after the shared build
}

/** Bytes and gzip bytes of each level's JSON, with build times (for the benchmark). */
export function topologySizes(districts: TopologyDistrict[]): {
  prepareMilliseconds: number;
  levels: TopologySize[];
} {
  const started = performance.now();
  const prepared = prepareTopology(districts);
  const prepareMilliseconds = performance.now() - started;
  const levels = zoomLevels.map((level) => {
    const levelStarted = performance.now();
    const json = encodeTopology(levelFromPrepared(prepared, level));
    const milliseconds = performance.now() - levelStarted;
    return {
      level,
      bytes: Buffer.byteLength(json),
      gzipBytes: gzipSync(json).length,
      milliseconds,
    };
  });
  return { prepareMilliseconds, levels };
}
