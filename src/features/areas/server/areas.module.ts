import { defineServerModule } from '../../../platform/server/module.ts';
import { areasDemo } from './areas.demo.ts';
import { registerAreaRoutes } from './areas.routes.ts';
import { registerMapTileRoutes } from './map-tiles.routes.ts';

export const areasModule = defineServerModule({
  name: 'areas',
  routes: (app) => {
    registerAreaRoutes(app);
    registerMapTileRoutes(app);
  },
  demo: areasDemo,
});
