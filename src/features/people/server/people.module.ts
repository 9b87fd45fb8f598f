import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { registerMeRoutes } from './me.routes.ts';
import { registerPeopleTransferRoutes } from './people-transfer.routes.ts';
import { registerRegisterRoutes } from './register.routes.ts';

export const peopleModule = defineServerModule({
  name: 'people',
  routes(app: FastifyInstance) {
    registerMeRoutes(app);
    registerRegisterRoutes(app);
    registerPeopleTransferRoutes(app);
  },
});
