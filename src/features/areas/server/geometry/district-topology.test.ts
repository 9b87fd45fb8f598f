import { describe, expect, it } from 'vitest';
import { polygonsOf, type Geometry } from './area-geometry.ts';
import { ringAreaM2 } from './ring-weights.ts';
import {
  encodeTopology,
  simplifiedTopologies,
  simplifiedTopology,
  topologySizes,
  zoomLevels,
  type TopologyDistrict,
} from './district-topology.ts';
import { checkBorders, decodeTopology, huddingeDistricts } from './geometry-testing.ts';

const districts = huddingeDistricts();
const levels = simplifiedTopologies(districts);
const original = checkBorders(districts);

const areaM2 = (geometry: Geometry) =>
  polygonsOf(geometry).reduce(
    (sum, [outer, ...holes]) =>
      sum + ringAreaM2(outer!) - holes.reduce((h, ring) => h + ringAreaM2(ring), 0),
    0,
  );
const totalAreaM2 = (list: TopologyDistrict[]) =>
  list.reduce((sum, d) => sum + areaM2(d.geometry), 0);

describe('simplifiedTopology on Huddinge', () => {
  it.each(zoomLevels)(
    'keeps all 64 districts with their code, name and an area at %s level',
    (level) => {
      const topology = levels[level];
      expect(topology.transform).toBeDefined(); // quantized
      const decoded = decodeTopology(topology);
      expect(decoded.map((d) => d.code)).toEqual(districts.map((d) => d.code));
      expect(decoded.map((d) => d.name)).toEqual(districts.map((d) => d.name));
      for (const d of decoded) expect(areaM2(d.geometry), d.code).toBeGreaterThan(0);
    },
  );

  it.each(zoomLevels)(
    'leaves no gap, sliver or overlap between neighbours at %s level',
    (level) => {
      const simplified = checkBorders(decodeTopology(levels[level]));
      // Every border segment is shared, reversed, with its neighbour, and the same 147 pairs of
      // districts stay neighbours.
      expect(simplified.overlapEdges).toBe(0);
      expect([...simplified.sharedMetres.keys()].sort()).toEqual(
        [...original.sharedMetres.keys()].sort(),
      );
      expect(original.sharedMetres.size).toBe(147);
      // A gap would leave both sides of a border unmatched: the unmatched length would grow beyond
      // the municipality's own outline (which simplification only shortens; 0.1 % for the grid).
      expect(simplified.exteriorMetres).toBeLessThanOrEqual(original.exteriorMetres * 1.001);
      expect(simplified.exteriorMetres).toBeGreaterThan(original.exteriorMetres * 0.95);
    },
  );

  it('keeps each district’s area: the data’s own area_km2 within 0.5 %, the total within 1 % at county level', () => {
    const total = totalAreaM2(districts);
    for (const d of districts)
      expect(areaM2(d.geometry) / 1e6 / d.areaKm2, d.code).toBeCloseTo(1, 2);
    const district = new Map(
      decodeTopology(levels.district).map((d) => [d.code, areaM2(d.geometry) / 1e6]),
    );
    for (const d of districts) expect(district.get(d.code)! / d.areaKm2, d.code).toBeCloseTo(1, 2);
    expect(Math.abs(totalAreaM2(decodeTopology(levels.county)) - total) / total).toBeLessThan(0.01);
    expect(Math.abs(totalAreaM2(decodeTopology(levels.district)) - total) / total).toBeLessThan(
      0.001,
    );
  });

  it('keeps the five enclave holes, which other districts fill, at every level', () => {
    for (const level of zoomLevels) {
      const holes = decodeTopology(levels[level]).flatMap((d) =>
        polygonsOf(d.geometry).flatMap((p) => p.slice(1)),
      );
      expect(holes, level).toHaveLength(5);
    }
  });

  it('shrinks with the level, and is the same as building one level alone', () => {
    const sizes = topologySizes(districts).levels;
    expect(sizes.map((s) => s.level)).toEqual(['county', 'municipality', 'district']);
    expect(sizes[0]!.bytes).toBeLessThan(sizes[1]!.bytes);
    expect(sizes[1]!.bytes).toBeLessThan(sizes[2]!.bytes);
    expect(sizes[0]!.gzipBytes).toBeLessThan(sizes[1]!.gzipBytes);
    expect(sizes[1]!.gzipBytes).toBeLessThan(sizes[2]!.gzipBytes);
    expect(sizes[2]!.bytes).toBeLessThan(JSON.stringify(districts).length / 2);
    expect(encodeTopology(simplifiedTopology(districts, 'municipality'))).toBe(
      encodeTopology(levels.municipality),
    );
  });
});

const square = (lon: number, lat: number, size: number) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe('small shapes', () => {
  // 0.0002° ≈ 12 m × 22 m: far below a county-level pixel (≈ 160 m).
  const big = square(12, 58, 0.1);
  const lake = square(12.05, 58.05, 0.0002).reverse();
  const tiny: TopologyDistrict = {
    code: '14800102',
    name: 'Liten',
    geometry: { type: 'Polygon', coordinates: [square(12.2, 58.2, 0.0002)] },
  };
  const island: TopologyDistrict = {
    code: '14800103',
    name: 'Med ö',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [[big.map(([x, y]) => [x! + 0.3, y!])], [square(12.7, 58.3, 0.0002)]],
    },
  };
  const withLake: TopologyDistrict = {
    code: '14800101',
    name: 'Med sjö',
    geometry: { type: 'Polygon', coordinates: [big, lake] },
  };

  it('never lets a district vanish: a 12 m square keeps its area at county level', () => {
    const decoded = decodeTopology(simplifiedTopology([withLake, tiny, island], 'county'));
    const small = decoded.find((d) => d.code === '14800102')!;
    expect(areaM2(small.geometry)).toBeGreaterThan(100);
  });

  it('refines the grid rather than let a 3 m wide strip along a neighbour snap to a line', () => {
    const strip: TopologyDistrict = {
      code: '14800104',
      name: 'Remsa',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [12, 58.1],
            [12.1, 58.1],
            [12.1, 58.10003],
            [12, 58.10003],
            [12, 58.1],
          ],
        ],
      },
    };
    const topology = simplifiedTopology([withLake, strip], 'county');
    const decoded = decodeTopology(topology);
    expect(areaM2(decoded.find((d) => d.code === '14800104')!.geometry)).toBeGreaterThan(0);
    expect(checkBorders(decoded).sharedMetres.size).toBe(1);
  });

  it('gives an empty topology for no districts', () => {
    expect(simplifiedTopology([], 'county').objects.districts.geometries).toEqual([]);
  });

  it('drops a hole or island that borders nothing once it is smaller than a pixel, and keeps it when zoomed in', () => {
    const county = decodeTopology(simplifiedTopology([withLake, tiny, island], 'county'));
    expect(polygonsOf(county.find((d) => d.code === '14800101')!.geometry)[0]).toHaveLength(1);
    expect(polygonsOf(county.find((d) => d.code === '14800103')!.geometry)).toHaveLength(1);
    const district = decodeTopology(simplifiedTopology([withLake, tiny, island], 'district'));
    expect(polygonsOf(district.find((d) => d.code === '14800101')!.geometry)[0]).toHaveLength(2);
    expect(polygonsOf(district.find((d) => d.code === '14800103')!.geometry)).toHaveLength(2);
  });
});
