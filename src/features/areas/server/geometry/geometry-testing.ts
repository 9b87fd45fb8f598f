import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { polygonsOf, type Geometry } from './area-geometry.ts';
import type { DistrictTopology, TopologyDistrict } from './district-topology.ts';
import { latScale, lonScale } from './ring-weights.ts';

/** Huddinge's 64 districts from the demo seed (WGS 84). */
export function huddingeDistricts(): Array<TopologyDistrict & { areaKm2: number }> {
  const url = new URL(
    '../../../../../db/seed/elections/huddinge/huddinge_districts.geojson',
    import.meta.url,
  );
  const collection = JSON.parse(readFileSync(url, 'utf8')) as {
    features: Array<{
      properties: { district_code: string; district_name: string; area_km2: number };
      geometry: Geometry;
    }>;
  };
  return collection.features.map((f) => ({
    code: f.properties.district_code,
    name: f.properties.district_name,
    geometry: f.geometry,
    areaKm2: f.properties.area_km2,
  }));
}

/** The districts as a browser gets them from the topology. */
export function decodeTopology(topology: DistrictTopology): TopologyDistrict[] {
  const collection = feature(topology, topology.objects.districts);
  return collection.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    geometry: f.geometry as Geometry,
  }));
}

/** A point strictly inside a polygon (holes respected): the middle of the first inside span of a horizontal line. */
export function interiorPoint(rings: number[][][]): [number, number] {
  const ys = rings[0]!.map((p) => p[1]!).sort((a, b) => a - b);
  // Halfway between two distinct vertex latitudes near the middle, so the line meets no vertex.
  const middle = Math.floor(ys.length / 2);
  let upper = middle;
  while (upper < ys.length - 1 && ys[upper] === ys[middle]) upper++;
  const y = (ys[middle]! + ys[upper]!) / 2;
  const crossings: number[] = [];
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y) crossings.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  crossings.sort((a, b) => a - b);
  return [(crossings[0]! + crossings[1]!) / 2, y];
}

export interface BorderCheck {
  exteriorMetres: number; // border length with no neighbour on the other side
  sharedMetres: Map<string, number>; // "code|code" → length of the border the two share
  overlapEdges: number; // edges two districts run the same way: both lie on the same side
}

// Points numbered by their position (to 1e-7°), edges keyed by the two numbers: fast enough for
// a county's half a million edges.
function pointIds() {
  const byLon = new Map<number, Map<number, number>>();
  let next = 0;
  return (p: number[]) => {
    const lon = Math.round(p[0]! * 1e7);
    const lat = Math.round(p[1]! * 1e7);
    let byLat = byLon.get(lon);
    if (!byLat) byLon.set(lon, (byLat = new Map()));
    let id = byLat.get(lat);
    if (id === undefined) byLat.set(lat, (id = next++));
    return id;
  };
}
const edgeKey = (from: number, to: number) => from * 2 ** 26 + to;

/**
 * Walks every ring edge of every district: an edge shared with a neighbour appears reversed in
 * exactly that neighbour. A gap or sliver between neighbours leaves both sides unmatched, which
 * adds their length to the exterior border; an overlap makes two districts run an edge the same
 * way. (A district narrower than the grid may run an edge both ways: zero width, no overlap.)
 */
export function checkBorders(districts: TopologyDistrict[]): BorderCheck {
  const owners = new Map<number, string[]>();
  const edges: Array<[string, number, number]> = [];
  const pointId = pointIds();
  for (const d of districts)
    for (const polygon of polygonsOf(d.geometry))
      for (const ring of polygon) {
        const keys = ring.map(pointId);
        for (let i = 1; i < ring.length; i++) {
          if (keys[i - 1] === keys[i]) continue;
          const key = edgeKey(keys[i - 1]!, keys[i]!);
          const list = owners.get(key);
          if (list) list.push(d.code);
          else owners.set(key, [d.code]);
          edges.push([
            d.code,
            edgeKey(keys[i]!, keys[i - 1]!),
            lengthMetres(ring[i - 1]!, ring[i]!),
          ]);
        }
      }
  let exteriorMetres = 0;
  const sharedMetres = new Map<string, number>();
  for (const [code, reverse, metres] of edges) {
    const others = (owners.get(reverse) ?? []).filter((other) => other !== code);
    if (!owners.has(reverse)) exteriorMetres += metres;
    for (const other of others) {
      const pair = code < other ? `${code}|${other}` : `${other}|${code}`;
      sharedMetres.set(pair, (sharedMetres.get(pair) ?? 0) + metres / 2);
    }
  }
  let overlapEdges = 0;
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const reverseOwners = owners.get(edgeKey(key % 2 ** 26, Math.floor(key / 2 ** 26))) ?? [];
    if (!list.some((code) => reverseOwners.includes(code))) overlapEdges++;
  }
  return { exteriorMetres, sharedMetres, overlapEdges };
}

/** Pairs of neighbours whose shared border was longer than the given length. */
export function neighboursLongerThan(check: BorderCheck, metres: number): string[] {
  return [...check.sharedMetres].filter(([, length]) => length > metres).map(([pair]) => pair);
}

function lengthMetres(a: number[], b: number[]): number {
  const dx = (b[0]! - a[0]!) * lonScale(a[1]!);
  const dy = (b[1]! - a[1]!) * latScale(a[1]!);
  return Math.hypot(dx, dy);
}
