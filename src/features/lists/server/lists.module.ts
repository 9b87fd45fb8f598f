import { defineServerModule } from '../../../platform/server/module.ts';
import { registerListRoutes } from './lists.routes.ts';

export const listsModule = defineServerModule({ name: 'lists', routes: registerListRoutes });
