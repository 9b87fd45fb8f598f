import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { registerActivityRoutes } from './activities.routes.ts';
import { registerCampaignRoutes } from './campaigns.routes.ts';
import { deleteExpiredGuestRequests } from './guest-signup.service.ts';
import { registerActivityMessageJobs } from './messages.jobs.ts';
import { registerActivityMessages } from './messages.routes.ts';
import { registerPublicActivityRoutes } from './public-activities.routes.ts';
import { registerSignupRoutes } from './signups.routes.ts';

export const activitiesModule = defineServerModule({
  name: 'activities',
  routes(app: FastifyInstance) {
    registerActivityRoutes(app);
    registerCampaignRoutes(app);
    registerSignupRoutes(app);
    registerPublicActivityRoutes(app);
    registerActivityMessages(app);
  },
  jobs(app: FastifyInstance) {
    registerActivityMessageJobs(app.jobs, { mailer: app.mailer, publicUrl: app.config.publicUrl });
  },
  // Unconfirmed guest requests hold a name and an address: gone when they expire.
  periodic: [
    {
      kind: 'activities.delete-expired-guest-requests',
      everyMs: 60 * 60_000,
      run: async ({ trx }) => void (await deleteExpiredGuestRequests(trx)),
    },
  ],
});
