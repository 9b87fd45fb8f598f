import { defineServerModule } from '../../../platform/server/module.ts';
import { registerTimelineRoutes } from './timeline.routes.ts';

export const timelineModule = defineServerModule({
  name: 'timeline',
  routes: registerTimelineRoutes,
});
