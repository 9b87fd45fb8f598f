import { defineServerModule } from '../../../platform/server/module.ts';
import { privacyTimeline } from './privacy.timeline.ts';
import { privacyPersonData } from './privacy.person-data.ts';
import { registerPrivacyRoutes } from './privacy.routes.ts';

export const privacyModule = defineServerModule({
  name: 'privacy',
  routes: registerPrivacyRoutes,
  timeline: privacyTimeline,
  personData: privacyPersonData,
});
