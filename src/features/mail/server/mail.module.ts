import { defineServerModule } from '../../../platform/server/module.ts';
import { findUnsubscribeUrl, unsubscribeByToken } from './mail-preferences.queries.ts';
import { mailPersonData } from './mail.person-data.ts';
import { registerOutboxRoutes } from './outbox.routes.ts';
import { registerUnsubscribeRoutes } from './unsubscribe.routes.ts';

/**
 * The outbox as admins read it, and people's choices to leave mail to many (unsubscribe);
 * delivery itself is the platform's mailer.
 */
export const mailModule = defineServerModule({
  name: 'mail',
  routes: (app) => {
    registerOutboxRoutes(app);
    registerUnsubscribeRoutes(app);
  },
  personData: mailPersonData,
  // Two people of the demo: one gets activity reminders, one has left them.
  demo: async (db, { organizationId, personIds }) => {
    const urls = [];
    for (const personId of personIds.slice(0, 2)) {
      const input = { organizationId, personId, topic: 'activities' as const, publicUrl: '' };
      urls.push(await findUnsubscribeUrl(db, input));
    }
    const token = urls[1] && new URL(urls[1], 'http://demo').searchParams.get('token');
    if (token) await unsubscribeByToken(db, token);
  },
});
