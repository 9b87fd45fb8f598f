import { z } from 'zod';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';

/** The map's background: a tile server's {z}/{x}/{y} template and its attribution (HTML). */
export const MapTiles = z.object({ url: z.string(), attribution: z.string() });

export const mapTileRoutes = defineRoutes({
  getMapTiles: defineRoute({
    method: 'GET',
    path: '/api/areas/map-tiles',
    permission: 'organizer',
    summary: "The map's tile server (MAP_TILE_URL) and attribution; null: no tiles",
    tags: ['areas'],
    response: z.object({ tiles: MapTiles.nullable() }),
  }),
});
