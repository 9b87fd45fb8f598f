import { defineServerModule } from '../../../platform/server/module.ts';
import { registerJobRoutes } from './jobs.routes.ts';

/** The job queue as admins see it; the queue itself is the platform's. */
export const jobsModule = defineServerModule({ name: 'jobs', routes: registerJobRoutes });
