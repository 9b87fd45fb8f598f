import { defineServerModule } from '../../../platform/server/module.ts';
import { areasDemo } from './areas.demo.ts';
import { registerAreaRoutes } from './areas.routes.ts';

export const areasModule = defineServerModule({
  name: 'areas',
  routes: registerAreaRoutes,
  demo: areasDemo,
});
