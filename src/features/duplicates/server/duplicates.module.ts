import { defineServerModule } from '../../../platform/server/module.ts';
import { duplicatesTimeline } from './duplicates.timeline.ts';
import { duplicatesPersonData } from './duplicates.person-data.ts';
import { registerDuplicateRoutes } from './duplicates.routes.ts';

export const duplicatesModule = defineServerModule({
  name: 'duplicates',
  timeline: duplicatesTimeline,
  personData: duplicatesPersonData,
  routes: registerDuplicateRoutes,
});
