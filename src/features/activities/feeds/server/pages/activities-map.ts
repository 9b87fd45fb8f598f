import { html, type Html } from '../../../../../platform/server/html.ts';
import { listDistricts, type District } from './district-outlines.ts';

// The kalendarium's map: its activities that have a point, drawn on the server as SVG over the
// bundled election districts that lie around them. No tiles, nothing fetched from outside; each
// marker links to its activity, and the list beside it says the same in words.

export interface MapActivity {
  id: string;
  title: string;
  when: string;
  latitude: number;
  longitude: number;
  isCancelled: boolean;
}

interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

const WIDTH = 600;
const MARGIN = 16;

const overlaps = (a: Box, b: Box) =>
  a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

function boxOf(points: MapActivity[]): Box {
  const lons = points.map((point) => point.longitude);
  const lats = points.map((point) => point.latitude);
  // A little room around the points, and at least a neighbourhood's worth.
  const pad = Math.max(0.004, (Math.max(...lats) - Math.min(...lats)) * 0.1);
  return {
    west: Math.min(...lons) - pad * 2,
    east: Math.max(...lons) + pad * 2,
    south: Math.min(...lats) - pad,
    north: Math.max(...lats) + pad,
  };
}

function ringPath(ring: [number, number][], project: (lon: number, lat: number) => string) {
  const parts: string[] = [];
  for (const [lon, lat] of ring) {
    const point = project(lon, lat);
    if (parts[parts.length - 1] !== point) parts.push(point);
  }
  return parts.length > 2 ? `M${parts.join('L')}Z` : '';
}

/** The map, or nothing when no activity shown has a point. */
export function activitiesMap(slug: string, points: MapActivity[]): Html {
  if (points.length === 0) return html``;
  const near = boxOf(points);
  const districts: District[] = listDistricts().filter((district) =>
    overlaps(district.bounds, near),
  );
  const view = districts.reduce<Box>(
    (box, district) => ({
      west: Math.min(box.west, district.bounds.west),
      east: Math.max(box.east, district.bounds.east),
      south: Math.min(box.south, district.bounds.south),
      north: Math.max(box.north, district.bounds.north),
    }),
    near,
  );
  const stretch = Math.cos((((view.north + view.south) / 2) * Math.PI) / 180);
  const scale = (WIDTH - 2 * MARGIN) / ((view.east - view.west) * stretch);
  const height = Math.round((view.north - view.south) * scale + 2 * MARGIN);
  const x = (lon: number) => MARGIN + (lon - view.west) * stretch * scale;
  const y = (lat: number) => MARGIN + (view.north - lat) * scale;
  const project = (lon: number, lat: number) => `${Math.round(x(lon))} ${Math.round(y(lat))}`;
  const outlines = districts
    .map((district) => district.rings.map((ring) => ringPath(ring, project)).join(''))
    .filter(Boolean);
  return html`<figure class="map" aria-labelledby="map-caption">
    <svg
      viewBox="0 0 ${WIDTH} ${height}"
      width="${WIDTH}"
      height="${height}"
      style="--ratio:${WIDTH}/${height}"
      role="group"
      aria-label="Karta över aktiviteterna"
    >
      ${outlines.length > 0 ? html`<path class="district" d="${outlines.join('')}" />` : ''}
      ${points.map(
        (point) =>
          html`<a
            class="marker${point.isCancelled ? ' cancelled' : ''}"
            href="/o/${slug}/activities/${point.id}"
            aria-label="${point.title}, ${point.when}${point.isCancelled ? ' (inställd)' : ''}"
            ><circle
              cx="${Math.round(x(point.longitude))}"
              cy="${Math.round(y(point.latitude))}"
              r="8"
            ></circle
          ></a>`,
      )}
    </svg>
    <figcaption id="map-caption" class="small dim">
      Kartan visar ${points.length === 1 ? 'en aktivitet' : `${points.length} aktiviteter`} med
      plats${districts.length > 0 ? ' och valdistrikten omkring' : ''}. Alla aktiviteter finns i
      listan nedan.
    </figcaption>
  </figure>`;
}
