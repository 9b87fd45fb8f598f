import { defineServerModule } from '../../../platform/server/module.ts';
import { registerOutboxRoutes } from './outbox.routes.ts';

/** The outbox as admins read it; delivery itself is the platform's mailer. */
export const mailModule = defineServerModule({ name: 'mail', routes: registerOutboxRoutes });
