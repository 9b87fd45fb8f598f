// Which coordinate system a GeoJSON file without a `crs` member is in, told from its coordinate
// ranges, and the conversion of SWEREF 99 TM (EPSG:3006) to WGS 84 lon/lat.
import proj4 from 'proj4';

export type Projection = 'wgs84' | 'sweref99tm';

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

// Sweden with a margin: lon 10.0–24.2, lat 55.3–69.1; SWEREF 99 TM's extent for Sweden.
const WGS84_SWEDEN: Extent = { minX: 9.5, minY: 54.5, maxX: 25, maxY: 69.5 };
const SWEREF_SWEDEN: Extent = { minX: 180_000, minY: 6_100_000, maxX: 1_100_000, maxY: 7_700_000 };

const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = proj4(SWEREF99TM, 'WGS84');

function within(extent: Extent, bounds: Extent): boolean {
  return (
    extent.minX >= bounds.minX &&
    extent.maxX <= bounds.maxX &&
    extent.minY >= bounds.minY &&
    extent.maxY <= bounds.maxY
  );
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 }).format(value);
}

export function describeExtent(extent: Extent): string {
  return (
    `x från ${formatNumber(extent.minX)} till ${formatNumber(extent.maxX)}, ` +
    `y från ${formatNumber(extent.minY)} till ${formatNumber(extent.maxY)}`
  );
}

/** The projection whose Swedish range holds the whole extent, or a Swedish explanation why none does. */
export function detectProjection(extent: Extent): Projection | { problem: string } {
  if (within(extent, WGS84_SWEDEN)) return 'wgs84';
  if (within(extent, SWEREF_SWEDEN)) return 'sweref99tm';
  const swapped = { minX: extent.minY, maxX: extent.maxY, minY: extent.minX, maxY: extent.maxX };
  const hint = within(swapped, WGS84_SWEDEN)
    ? ' Det ser ut som latitud och longitud i omvänd ordning (GeoJSON skriver longitud först).'
    : '';
  return {
    problem:
      `okänd projektion: koordinaterna har ${describeExtent(extent)}. ` +
      'Förväntat WGS 84 (longitud 9,5–25, latitud 54,5–69,5) eller SWEREF 99 TM ' +
      '(EPSG:3006, öst 180 000–1 100 000, nord 6 100 000–7 700 000) för svenska valdistrikt.' +
      hint,
  };
}

/** The projection a GeoJSON `crs` member names, if it is one of the two we read. */
export function projectionOfCrs(crs: unknown): Projection | 'other' | null {
  if (crs === undefined || crs === null) return null;
  const name = JSON.stringify(crs);
  if (/EPSG:+3006\b/i.test(name)) return 'sweref99tm';
  if (/EPSG:+4326\b|CRS84/i.test(name)) return 'wgs84';
  return 'other';
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Converts one position to WGS 84 lon/lat rounded to 6 decimals (about 0.1 m). */
export function positionToWgs84(projection: Projection, x: number, y: number): [number, number] {
  if (projection === 'wgs84') return [round6(x), round6(y)];
  const [lon, lat] = toWgs84.forward([x, y]) as [number, number];
  return [round6(lon), round6(lat)];
}
