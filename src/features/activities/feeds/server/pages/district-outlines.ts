import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The election districts bundled with the app (db/seed/elections/<place>/<place>_districts
// .geojson, WGS84), read once: the public map draws those around its points. None found is fine.

const electionsDir = fileURLToPath(
  new URL('../../../../../../db/seed/elections/', import.meta.url),
);

export interface District {
  name: string;
  /** Outer rings, each a list of [longitude, latitude]. */
  rings: [number, number][][];
  bounds: { west: number; east: number; south: number; north: number };
}

type Geometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

let cache: District[] | undefined;

function readDistricts(): District[] {
  const districts: District[] = [];
  let places: string[] = [];
  try {
    places = readdirSync(electionsDir);
  } catch {
    return districts;
  }
  for (const place of places) {
    let files: string[] = [];
    try {
      files = readdirSync(`${electionsDir}${place}`).filter((file) =>
        file.endsWith('_districts.geojson'),
      );
    } catch {
      continue;
    }
    for (const file of files) {
      const data = JSON.parse(readFileSync(`${electionsDir}${place}/${file}`, 'utf8')) as {
        features: { properties: { district_name?: string } | null; geometry: Geometry }[];
      };
      for (const feature of data.features) {
        const geometry = feature.geometry;
        const rings =
          geometry.type === 'Polygon'
            ? [geometry.coordinates[0] ?? []]
            : geometry.coordinates.map((polygon) => polygon[0] ?? []);
        const points = rings.flat();
        if (points.length === 0) continue;
        districts.push({
          name: feature.properties?.district_name ?? '',
          rings,
          bounds: {
            west: Math.min(...points.map((p) => p[0])),
            east: Math.max(...points.map((p) => p[0])),
            south: Math.min(...points.map((p) => p[1])),
            north: Math.max(...points.map((p) => p[1])),
          },
        });
      }
    }
  }
  return districts;
}

/** Every bundled district (read on first use). */
export function listDistricts(): District[] {
  cache ??= readDistricts();
  return cache;
}
