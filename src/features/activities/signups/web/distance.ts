export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The distance in kilometres between two points on the earth (haversine). */
export function distanceKm(from: Point, to: Point): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The activities within `radiusKm` of `here` (those without a point on the map are left out). */
export function nearby<T extends { latitude: number | null; longitude: number | null }>(
  items: T[],
  here: Point,
  radiusKm: number,
): (T & { distanceKm: number })[] {
  const found: (T & { distanceKm: number })[] = [];
  for (const item of items) {
    if (item.latitude === null || item.longitude === null) continue;
    const distance = distanceKm(here, { latitude: item.latitude, longitude: item.longitude });
    if (distance <= radiusKm) found.push({ ...item, distanceKm: distance });
  }
  return found;
}
