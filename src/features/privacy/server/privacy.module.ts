import { defineServerModule } from '../../../platform/server/module.ts';
import { registerPrivacyRoutes } from './privacy.routes.ts';

export const privacyModule = defineServerModule({ name: 'privacy', routes: registerPrivacyRoutes });
