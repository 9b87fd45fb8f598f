import { existsSync, readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { polygonsOf, type Geometry } from './area-geometry.ts';
import {
  pixelMetres,
  simplifiedTopologies,
  topologySizes,
  zoomLevels,
  type TopologyDistrict,
} from './district-topology.ts';
import { buildDistrictIndex, districtAt } from './district-index.ts';
import {
  checkBorders,
  decodeTopology,
  interiorPoint,
  neighboursLongerThan,
} from './geometry-testing.ts';

// Västra Götaland's published layer (12.5 MB, SWEREF 99 TM): only in the shared data folder,
// never in the repository, so this runs where that folder is present and is skipped elsewhere.
const countyFile = new URL(
  '../../../../../../shared/data/elections/vastra-gotaland/VD_14_20220910_Val_20220911.json',
  import.meta.url,
);

// EPSG:3006 to WGS 84, rounded to 6 decimals as the import stores it (the import's own
// reprojection lives in ../import; this test only needs the county in lon/lat).
const sweref99tm =
  '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toWgs84 = proj4(sweref99tm, 'WGS84');
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const reprojectRing = (ring: number[][]) =>
  ring.map((p) => toWgs84.forward([p[0]!, p[1]!]).map(round6));

function readCounty(): TopologyDistrict[] {
  const collection = JSON.parse(readFileSync(countyFile, 'utf8')) as {
    features: Array<{ properties: { Lkfv: string; Vdnamn: string }; geometry: Geometry }>;
  };
  return collection.features.map(({ properties, geometry }) => ({
    code: properties.Lkfv,
    name: properties.Vdnamn,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: geometry.coordinates.map(reprojectRing) }
        : {
            type: 'MultiPolygon',
            coordinates: geometry.coordinates.map((p) => p.map(reprojectRing)),
          },
  }));
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

describe.skipIf(!existsSync(countyFile))('Västra Götaland’s 1,090 districts', () => {
  const started = performance.now();
  const districts = readCounty();
  const readMilliseconds = performance.now() - started;

  it('fits the whole county at county level under 1 MB gzip (times printed, not asserted)', () => {
    expect(districts).toHaveLength(1090);
    const { prepareMilliseconds, levels } = topologySizes(districts);
    console.log(
      `read and reprojected in ${readMilliseconds.toFixed(0)} ms; topology built in ${prepareMilliseconds.toFixed(0)} ms`,
    );
    for (const s of levels)
      console.log(
        `${s.level}: ${kB(s.bytes)}, ${kB(s.gzipBytes)} gzip, ${s.milliseconds.toFixed(0)} ms`,
      );
    const county = levels.find((s) => s.level === 'county')!;
    expect(county.gzipBytes).toBeLessThan(1024 * 1024);
  });

  it('keeps every district, and every border shared, at every level', () => {
    const levels = simplifiedTopologies(districts);
    const original = checkBorders(districts);
    expect(original.overlapEdges).toBe(0);
    for (const level of zoomLevels) {
      const decoded = decodeTopology(levels[level]);
      expect(new Set(decoded.map((d) => d.code)).size, level).toBe(1090);
      const simplified = checkBorders(decoded);
      // No gap (the unmatched border does not grow), no overlap, and every two neighbours whose
      // border is longer than a pixel at that level still share one (shorter ones may shrink to
      // a point: 7 pairs at county level, all under 17 m).
      expect(simplified.overlapEdges, level).toBe(0);
      expect(simplified.exteriorMetres, level).toBeLessThanOrEqual(original.exteriorMetres * 1.001);
      const lost = neighboursLongerThan(original, pixelMetres[level]).filter(
        (p) => !simplified.sharedMetres.has(p),
      );
      expect(lost, level).toEqual([]);
    }
  });

  it('finds each of the 1,090 districts from a point inside it', () => {
    const points = districts.map((d) => interiorPoint(polygonsOf(d.geometry)[0]!));
    const started = performance.now();
    const index = buildDistrictIndex(districts);
    const found = points.map(([lon, lat]) => districtAt(index, lon, lat));
    console.log(
      `index built and 1,090 points placed in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(found).toEqual(districts.map((d) => d.code));
  });
});
