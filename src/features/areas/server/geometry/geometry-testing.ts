import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { polygonsOf, type Geometry } from './area-geometry.ts';
import type { DistrictTopology, TopologyDistrict } from './district-topology.ts';
import { latScale, lonScale } from './ring-weights.ts';

/** Huddinge's 64 districts from the demo seed (WGS 84). */
export function huddingeDistricts(): Array<TopologyDistrict & { areaKm2: number }> {
  const url = new URL('../../../../../db/seed/elections/huddinge/huddinge_districts.geojson', import.meta.url);
  const collection = JSON.parse(readFileSync(url, 'utf8')) as {
    features: Array<{ properties: { district_code: string; district_name: string; area_km2: number }; geometry: Geometry }>;
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
  neighbours: Set<string>; // "code|code" pairs that share a border segment
}

/**
 * Walks every ring edge of every district: an edge shared with a neighbour appears reversed in
 * exactly that neighbour. A gap or sliver between neighbours leaves both sides unmatched, which
 * adds their length to the exterior border; an overlap makes an edge appear twice.
 */
export function checkBorders(districts: TopologyDistrict[]): BorderCheck & { duplicateEdges: number } {
  const owner = new Map<string, string>();
  let duplicateEdges = 0;
  const edges: Array<[string, string, number[], number[]]> = [];
  for (const d of districts)
    for (const polygon of polygonsOf(d.geometry))
      for (const ring of polygon)
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!;
          const b = ring[i]!;
          if (a[0] === b[0] && a[1] === b[1]) continue;
          const key = `${a[0]},${a[1]}>${b[0]},${b[1]}`;
          if (owner.has(key)) duplicateEdges++;
          owner.set(key, d.code);
          edges.push([d.code, `${b[0]},${b[1]}>${a[0]},${a[1]}`, a, b]);
        }
  let exteriorMetres = 0;
  const neighbours = new Set<string>();
  for (const [code, reverse, a, b] of edges) {
    const other = owner.get(reverse);
    if (other === undefined) exteriorMetres += lengthMetres(a, b);
    else if (other !== code) neighbours.add(code < other ? `${code}|${other}` : `${other}|${code}`);
  }
  return { exteriorMetres, neighbours, duplicateEdges };
}

function lengthMetres(a: number[], b: number[]): number {
  const dx = (b[0]! - a[0]!) * lonScale(a[1]!);
  const dy = (b[1]! - a[1]!) * latScale(a[1]!);
  return Math.hypot(dx, dy);
}
