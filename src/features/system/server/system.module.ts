import { defineServerModule } from '../../../platform/server/module.ts';
import { registerHealthRoutes } from './health.routes.ts';

export const systemModule = defineServerModule({ name: 'system', routes: registerHealthRoutes });
