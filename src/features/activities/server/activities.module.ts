import type { FastifyInstance } from 'fastify';
import { defineServerModule } from '../../../platform/server/module.ts';
import { registerCampaignRoutes } from '../campaigns/server/campaigns.routes.ts';
import { registerCalendarRoutes } from '../feeds/server/feeds.routes.ts';
import { registerPublicPages } from '../feeds/server/pages/public-pages.routes.ts';
import {
  deleteExpiredGuestRequests,
  GUEST_LINK_MINTER,
  mintGuestLink,
} from '../guests/server/guest-signup.service.ts';
import { registerActivityMessageJobs } from '../messages/server/messages.jobs.ts';
import { registerActivityMessages } from '../messages/server/messages.routes.ts';
import { activityMessageHandlers } from '../messages/server/messages.service.ts';
import { registerPublicActivityRoutes } from '../public/server/public-activities.routes.ts';
import { registerActivityRoutes } from '../schedule/server/activities.routes.ts';
import { registerActivityTypeRoutes } from '../schedule/server/activity-types.routes.ts';
import { registerSignupRoutes } from '../signups/server/signups.routes.ts';
import { signupsTimeline } from '../signups/server/signups.timeline.ts';
import { activitiesPersonData } from './activities.person-data.ts';

export const activitiesModule = defineServerModule({
  name: 'activities',
  routes(app: FastifyInstance) {
    registerActivityRoutes(app);
    registerCampaignRoutes(app);
    registerActivityTypeRoutes(app);
    registerSignupRoutes(app);
    registerPublicActivityRoutes(app);
    registerActivityMessages(app);
    registerCalendarRoutes(app);
    registerPublicPages(app);
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
  // A guest's confirmation link is made only as its mail is handed to the mail server.
  secretLinks: { [GUEST_LINK_MINTER]: mintGuestLink },
  // Every change someone signed up should hear about becomes a durable message job.
  handles: () => activityMessageHandlers,
  personData: activitiesPersonData,
  timeline: signupsTimeline,
});
