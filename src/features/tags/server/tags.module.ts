import { defineServerModule } from '../../../platform/server/module.ts';
import { tagsPersonData } from './tags.person-data.ts';
import { registerTagRoutes } from './tags.routes.ts';
import { tagsTimeline } from './tags.timeline.ts';

export const tagsModule = defineServerModule({
  name: 'tags',
  routes: registerTagRoutes,
  personData: tagsPersonData,
  timeline: tagsTimeline,
});
