import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { peoplePersonData } from '../register/server/people.person-data.ts';
import { registerMeRoutes } from '../me/server/me.routes.ts';
import { registerExportRoutes } from '../export/server/export.routes.ts';
import { registerImportRoutes } from '../import/server/import.routes.ts';
import { registerRegisterRoutes } from '../register/server/register.routes.ts';
import { peopleTimeline } from '../register/server/people.timeline.ts';

export const peopleModule = defineServerModule({
  name: 'people',
  personData: peoplePersonData,
  timeline: peopleTimeline,
  routes(app: FastifyInstance) {
    registerMeRoutes(app);
    registerRegisterRoutes(app);
    registerImportRoutes(app);
    registerExportRoutes(app);
  },
});
