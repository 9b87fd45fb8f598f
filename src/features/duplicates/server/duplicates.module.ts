import { defineServerModule } from '../../../platform/server/module.ts';
import { duplicatesPersonData } from './duplicates.person-data.ts';
import { registerDuplicateRoutes } from './duplicates.routes.ts';

export const duplicatesModule = defineServerModule({
  name: 'duplicates',
  personData: duplicatesPersonData,
  routes: registerDuplicateRoutes,
});
