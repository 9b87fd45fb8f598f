import { defineServerModule } from '../../../platform/server/module.ts';
import { tagsPersonData } from './tags.person-data.ts';
import { registerTagRoutes } from './tags.routes.ts';

export const tagsModule = defineServerModule({
  name: 'tags',
  routes: registerTagRoutes,
  personData: tagsPersonData,
});
