import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { peoplePersonData } from './people.person-data.ts';
import { registerMeRoutes } from './me.routes.ts';
import { registerPeopleTransferRoutes } from './people-transfer.routes.ts';
import { registerRegisterRoutes } from './register.routes.ts';
import { peopleTimeline } from './people.timeline.ts';

export const peopleModule = defineServerModule({
  name: 'people',
  personData: peoplePersonData,
  timeline: peopleTimeline,
  routes(app: FastifyInstance) {
    registerMeRoutes(app);
    registerRegisterRoutes(app);
    registerPeopleTransferRoutes(app);
  },
});
