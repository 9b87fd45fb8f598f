import { defineServerModule } from '../../../platform/server/module.ts';
import { registerTagRoutes } from './tags.routes.ts';

export const tagsModule = defineServerModule({ name: 'tags', routes: registerTagRoutes });
