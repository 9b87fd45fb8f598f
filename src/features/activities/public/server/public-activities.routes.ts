import type { FastifyInstance } from 'fastify';
import { addRoute } from '../../../../platform/server/route.ts';
import {
  prepareResponse,
  ResponseCache,
  sendPrepared,
} from '../../../../platform/server/response-cache.ts';
import { publicActivityRoutes as routes } from '../public-activities.contract.ts';
import { guestRoutes } from '../../guests/guests.contract.ts';
import { confirmGuestSignup, lookupGuestSignup } from '../../guests/server/guest-signup.service.ts';
import { submitGuestRequest } from './guest-request.ts';
import {
  getPublicActivity,
  getPublicOrganization,
  listPublicActivities,
} from './public-activities.queries.ts';

export function registerPublicActivityRoutes(app: FastifyInstance) {
  // The kalendarium is read far more than it changes: answers are reused for a few seconds.
  const seconds = app.config.publicCacheSeconds;
  const calendarCache = new ResponseCache({ ttlMs: seconds * 1000, serveStale: true });
  const cacheControl = `public, max-age=${seconds}`;
  addRoute(
    app,
    routes.listPublicActivities,
    async (request, reply) => {
      const { slug } = request.params;
      const key = JSON.stringify([slug, request.query]);
      const prepared = await calendarCache.get(key, async () => {
        const organization = await getPublicOrganization(app.db, slug);
        const page = await listPublicActivities(app.db, organization.id, request.query);
        const body = routes.listPublicActivities.response.parse({
          organization: { slug: organization.slug, name: organization.name },
          ...page,
        });
        return prepareResponse(JSON.stringify(body), 'application/json; charset=utf-8');
      });
      // The same URL again is answered before its input is read again.
      calendarCache.alias(request.url, key);
      return sendPrepared(request, reply, prepared, cacheControl);
    },
    {
      fromCache: (request, reply) => {
        const prepared = calendarCache.peek(request.url);
        return prepared && sendPrepared(request, reply, prepared, cacheControl);
      },
    },
  );

  addRoute(app, routes.getPublicActivity, async (request) => {
    const organization = await getPublicOrganization(app.db, request.params.slug);
    const activity = await getPublicActivity(app.db, organization.id, request.params.id);
    return { ...activity, organization: { slug: organization.slug, name: organization.name } };
  });

  addRoute(app, guestRoutes.guestSignUp, async (request) => {
    const { expiresAt } = await submitGuestRequest(
      app,
      request.ip,
      request.params.id,
      request.body,
    );
    return { ok: true as const, expiresAt: expiresAt.toISOString() };
  });

  addRoute(app, guestRoutes.lookupGuestSignup, async (request) =>
    lookupGuestSignup(app.db, request.body.token),
  );

  addRoute(app, guestRoutes.confirmGuestSignup, async (request) =>
    confirmGuestSignup(app.db, app.events, request.body.token),
  );
}
