import { defineServerModule } from '../../../platform/server/module.ts';
import { registerOrganizationRoutes } from './organizations.routes.ts';

export const organizationsModule = defineServerModule({
  name: 'organizations',
  routes: registerOrganizationRoutes,
});
