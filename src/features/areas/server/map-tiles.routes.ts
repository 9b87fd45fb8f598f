import type { FastifyInstance } from 'fastify';
import { addRoute } from '../../../platform/server/route.ts';
import { mapTileRoutes } from '../map-tiles.contract.ts';

/** The tile server the configuration names (OpenStreetMap's by default). */
export function registerMapTileRoutes(app: FastifyInstance) {
  addRoute(app, mapTileRoutes.getMapTiles, async () => ({ tiles: app.config.mapTiles ?? null }));
}
