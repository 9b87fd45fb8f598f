import { defineServerModule } from '../../../platform/server/module.ts';
import { registerDuplicateRoutes } from './duplicates.routes.ts';

export const duplicatesModule = defineServerModule({
  name: 'duplicates',
  routes: registerDuplicateRoutes,
});
