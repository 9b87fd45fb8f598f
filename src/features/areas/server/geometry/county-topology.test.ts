import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGeometryFile, toDistrictShapes } from '../import/election-geometry.ts';
import { polygonsOf } from './area-geometry.ts';
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

/** The county's districts as the import reads them: reprojected to WGS 84, 6 decimals. */
function readCounty(): TopologyDistrict[] {
  const file = readGeometryFile(readFileSync(countyFile, 'utf8'));
  return toDistrictShapes(file.districts, file.projection);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

describe.skipIf(!existsSync(countyFile))('Västra Götaland’s 1,090 districts', () => {
  // Read when the tests run, not when they are collected: a skipped block is still collected.
  let districts: TopologyDistrict[] = [];
  let readMilliseconds = 0;
  beforeAll(() => {
    const started = performance.now();
    districts = readCounty();
    readMilliseconds = performance.now() - started;
  });

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
