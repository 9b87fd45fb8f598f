import { defineServerModule } from '../../../platform/server/module.ts';
import { organizationsPersonData } from './organizations.person-data.ts';
import { registerOrganizationRoutes } from './organizations.routes.ts';

export const organizationsModule = defineServerModule({
  name: 'organizations',
  personData: organizationsPersonData,
  routes: registerOrganizationRoutes,
});
