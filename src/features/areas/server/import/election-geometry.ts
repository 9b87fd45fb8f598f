// Reads a district GeoJSON file: the cleaned properties (district_code, district_name, kommun_code)
// or Valmyndigheten's (Lkfv, Vdnamn), in WGS 84 or SWEREF 99 TM told apart by the coordinates.
import {
  detectProjection,
  projectionOfCrs,
  positionToWgs84,
  type Extent,
  type Projection,
} from './projection.ts';
import { findCrossing, ringArea2, type Crossing } from './polygon-validity.ts';
import { normalizeDistrictCode } from './election-results.ts';
import {
  featureWhere,
  geometryError,
  type DistrictShape,
  type Geometry,
} from './election-types.ts';

/** A feature as read, before its geometry is checked and reprojected. */
export interface RawDistrict {
  index: number;
  code: string;
  name: string;
  municipalityCode: string;
  municipalityName?: string;
  geometry: unknown;
}

export interface GeometryFile {
  projection: Projection;
  districts: RawDistrict[];
}

const CODE_KEYS = ['district_code', 'lkfv', 'valdistriktskod'];
const NAME_KEYS = ['district_name', 'vdnamn', 'valdistriktsnamn'];
const MUNICIPALITY_KEYS = ['kommun_code', 'kommunkod'];
const MUNICIPALITY_NAME_KEYS = ['kommun_name', 'kommunnamn'];

function property(properties: Record<string, unknown>, keys: string[]): string | undefined {
  for (const [key, value] of Object.entries(properties)) {
    if (
      keys.includes(key.toLowerCase()) &&
      (typeof value === 'string' || typeof value === 'number')
    ) {
      return String(value).trim();
    }
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position
      ? `rad ${text.slice(0, Number(position[1])).split('\n').length}`
      : 'filen';
    throw geometryError(where, `filen är inte giltig JSON (${detail}).`);
  }
}

/** Grows the extent by every coordinate pair of a Polygon/MultiPolygon; throws on non-numbers. */
function extendExtent(extent: Extent, geometry: unknown, where: string): void {
  const visit = (node: unknown, depth: number): void => {
    if (!Array.isArray(node)) throw geometryError(where, 'koordinaterna är inte listor av tal.');
    if (depth === 0) {
      const [x, y] = node as unknown[];
      if (
        typeof x !== 'number' ||
        typeof y !== 'number' ||
        !Number.isFinite(x) ||
        !Number.isFinite(y)
      ) {
        throw geometryError(where, `en position är inte två ändliga tal: ${JSON.stringify(node)}.`);
      }
      if (x < extent.minX) extent.minX = x;
      if (x > extent.maxX) extent.maxX = x;
      if (y < extent.minY) extent.minY = y;
      if (y > extent.maxY) extent.maxY = y;
      return;
    }
    for (const child of node) visit(child, depth - 1);
  };
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') throw geometryError(where, 'objektet saknar geometri.');
  if (g.type === 'Polygon') visit(g.coordinates, 2);
  else if (g.type === 'MultiPolygon') visit(g.coordinates, 3);
  else
    throw geometryError(
      where,
      `geometritypen ${String(g.type)} stöds inte (bara Polygon och MultiPolygon).`,
    );
}

/** Parses the file, reads each feature's code and name, and detects the projection. */
export function readGeometryFile(text: string): GeometryFile {
  const json = parseJson(text) as { type?: unknown; features?: unknown; crs?: unknown } | null;
  if (
    !json ||
    typeof json !== 'object' ||
    json.type !== 'FeatureCollection' ||
    !Array.isArray(json.features)
  ) {
    throw geometryError(
      'filen',
      'det är ingen GeoJSON FeatureCollection (type "FeatureCollection" med "features").',
    );
  }
  const extent: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const districts = json.features.map((feature: unknown, index: number): RawDistrict => {
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
    const properties = (
      f.properties && typeof f.properties === 'object' ? f.properties : {}
    ) as Record<string, unknown>;
    const rawCode = property(properties, CODE_KEYS);
    if (rawCode === undefined) {
      throw geometryError(
        featureWhere(index),
        'valdistriktskod saknas (egenskapen district_code eller Lkfv).',
      );
    }
    const code = normalizeDistrictCode(rawCode);
    if (!code)
      throw geometryError(
        featureWhere(index),
        `"${rawCode}" är ingen valdistriktskod (8 siffror).`,
      );
    extendExtent(extent, f.geometry, featureWhere(index, code));
    const rawMunicipality = property(properties, MUNICIPALITY_KEYS);
    const municipalityName = property(properties, MUNICIPALITY_NAME_KEYS);
    return {
      index,
      code,
      name: property(properties, NAME_KEYS) || code,
      municipalityCode:
        rawMunicipality && /^\d{3,4}$/.test(rawMunicipality)
          ? rawMunicipality.padStart(4, '0')
          : code.slice(0, 4),
      ...(municipalityName ? { municipalityName } : {}),
      geometry: f.geometry,
    };
  });
  if (districts.length === 0)
    throw geometryError('filen', 'filen innehåller inga valdistrikt (features är tom).');
  const detected = detectProjection(extent);
  if (typeof detected !== 'string') throw geometryError('filen', detected.problem);
  const named = projectionOfCrs(json.crs);
  if (named === 'other' || (named !== null && named !== detected)) {
    throw geometryError(
      'filen',
      `okänd projektion: crs ${JSON.stringify(json.crs)} stämmer inte med koordinaterna.`,
    );
  }
  return { projection: detected, districts };
}

function samePosition(a: number[], b: number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Checks one ring in the file's coordinates: enough positions, closed. */
function checkRing(ring: number[][], where: string, label: string): void {
  if (ring.length < 4) {
    throw geometryError(where, `${label} har ${ring.length} positioner; minst 4 krävs.`);
  }
  if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
    throw geometryError(
      where,
      `${label} är inte sluten (första och sista positionen skiljer sig).`,
    );
  }
}

/** Reprojects a ring to WGS 84 (6 decimals), dropping positions that rounding made repeat. */
function reprojectRing(ring: number[][], projection: Projection): number[][] {
  const out: number[][] = [];
  for (const position of ring) {
    const next = positionToWgs84(projection, position[0]!, position[1]!);
    if (out.length === 0 || !samePosition(out[out.length - 1]!, next)) out.push(next);
  }
  // A ring of a few decimetres can collapse when rounded; keep it closed and at least a triangle.
  return out.length >= 4 ? out : ring.map((p) => positionToWgs84(projection, p[0]!, p[1]!));
}

function describeCrossing(crossing: Crossing): string {
  const { ring, otherRing } = crossing;
  if (ring === otherRing) {
    return ring === 0 ? 'den yttre ringen korsar sig själv' : `hål ${ring} korsar sig själv`;
  }
  return ring === 0
    ? `hål ${otherRing} korsar den yttre ringen`
    : `hål ${ring} och hål ${otherRing} korsar varandra`;
}

function convertPolygon(
  polygon: number[][][],
  projection: Projection,
  where: string,
  part: string,
): number[][][] {
  if (polygon.length === 0) throw geometryError(where, `${part}polygonen har inga ringar.`);
  polygon.forEach((ring, r) =>
    checkRing(ring, where, r === 0 ? `${part}yttre ringen` : `${part}hål ${r}`),
  );
  const crossing = findCrossing(polygon);
  if (crossing) {
    const [lon, lat] = positionToWgs84(projection, crossing.at[0], crossing.at[1]);
    throw geometryError(
      where,
      `${part}${describeCrossing(crossing)} nära ${lon}, ${lat} (lon, lat).`,
    );
  }
  polygon.forEach((ring, r) => {
    const label = r === 0 ? `${part}yttre ringen` : `${part}hål ${r}`;
    if (ringArea2(ring) === 0) throw geometryError(where, `${label} har ingen yta.`);
  });
  return polygon.map((ring) => reprojectRing(ring, projection));
}

/** Validates and reprojects the chosen districts to WGS 84; features sharing a code are merged. */
export function toDistrictShapes(
  districts: RawDistrict[],
  projection: Projection,
): DistrictShape[] {
  const byCode = new Map<string, DistrictShape>();
  for (const district of districts) {
    const where = featureWhere(district.index, district.code);
    const g = district.geometry as Geometry;
    const polygons =
      g.type === 'Polygon'
        ? [convertPolygon(g.coordinates, projection, where, '')]
        : g.coordinates.map((p, i) => convertPolygon(p, projection, where, `del ${i + 1}: `));
    if (polygons.length === 0) throw geometryError(where, 'MultiPolygon utan polygoner.');
    const previous = byCode.get(district.code);
    const all = previous
      ? [
          ...(previous.geometry.type === 'Polygon'
            ? [previous.geometry.coordinates]
            : previous.geometry.coordinates),
          ...polygons,
        ]
      : polygons;
    const geometry: Geometry =
      all.length === 1
        ? { type: 'Polygon', coordinates: all[0]! }
        : { type: 'MultiPolygon', coordinates: all };
    byCode.set(district.code, {
      code: district.code,
      name: previous?.name ?? district.name,
      municipalityCode: district.municipalityCode,
      geometry,
    });
  }
  return [...byCode.values()];
}
