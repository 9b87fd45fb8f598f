import type { FastifyInstance } from 'fastify';
import { addRoute } from '../../../../platform/server/route.ts';
import {
  prepareResponse,
  ResponseCache,
  sendPrepared,
} from '../../../../platform/server/response-cache.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { publicActivityRoutes as routes } from '../public-activities.contract.ts';
import { guestRoutes } from '../../guests/guests.contract.ts';
import { RateLimit } from '../../../../platform/server/rate-limit.ts';
import {
  confirmGuestSignup,
  lookupGuestSignup,
  requestGuestSignup,
} from '../../guests/server/guest-signup.service.ts';
import {
  getPublicActivity,
  getPublicOrganization,
  listPublicActivities,
} from './public-activities.queries.ts';

/** Guest sign-up requests one client may make in an hour. */
export const GUEST_REQUESTS_PER_CLIENT = 10;

export function registerPublicActivityRoutes(app: FastifyInstance) {
  const guestRequests = new RateLimit(GUEST_REQUESTS_PER_CLIENT, 60 * 60_000);
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
    // A public form that sends mail: a few requests per client, whatever the addresses.
    guestRequests.take(request.ip, 'Too many sign-up requests from here; try again later');
    const found = await app.db
      .selectFrom('activities')
      .select(['organization_id'])
      .where('id', '=', request.params.id)
      .executeTakeFirst();
    if (!found) throw new AppError('not_found', 'No such activity');
    const activity = await getPublicActivity(app.db, found.organization_id, request.params.id);
    if (activity.cancelledAt) {
      throw new AppError('conflict', 'The activity is cancelled', {
        errors: [{ path: 'shift', code: 'activity_cancelled', message: 'Cancelled' }],
      });
    }
    const { shiftId } = request.body;
    const shift = shiftId
      ? activity.shifts.find((candidate) => candidate.id === shiftId)
      : activity.shifts.length === 1
        ? activity.shifts[0]
        : undefined;
    if (!shift) {
      throw new AppError('validation', 'Choose a shift', {
        errors: [{ path: 'body.shiftId', code: 'choose_shift', message: 'Choose a shift' }],
      });
    }
    const { expiresAt } = await requestGuestSignup(app.db, app.mailer, app.config.publicUrl, {
      ...request.body,
      organizationId: found.organization_id,
      activityId: activity.id,
      shiftId: shift.id,
    });
    return { ok: true as const, expiresAt: expiresAt.toISOString() };
  });

  addRoute(app, guestRoutes.lookupGuestSignup, async (request) =>
    lookupGuestSignup(app.db, request.body.token),
  );

  addRoute(app, guestRoutes.confirmGuestSignup, async (request) =>
    confirmGuestSignup(app.db, app.events, request.body.token),
  );
}
