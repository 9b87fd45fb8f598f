import { defineServerModule } from '../../../platform/server/module.ts';
import { timelinePersonData } from './timeline.person-data.ts';
import { registerTimelineRoutes } from './timeline.routes.ts';
import { timelineSources } from './timeline-sources.ts';

export const timelineModule = defineServerModule({
  name: 'timeline',
  personData: timelinePersonData,
  routes: registerTimelineRoutes,
  timeline: timelineSources,
});
