import { defineServerModule } from '../../../platform/server/module.ts';
import { registerCustomFieldRoutes } from './custom-fields.routes.ts';

export const customFieldsModule = defineServerModule({
  name: 'custom-fields',
  routes: registerCustomFieldRoutes,
});
