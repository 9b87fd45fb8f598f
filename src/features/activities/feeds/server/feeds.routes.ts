import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { assertCanRead } from '../../schedule/server/activities.policy.ts';
import { getPublicOrganization } from '../../public/server/public-activities.queries.ts';
import {
  prepareResponse,
  ResponseCache,
  sendPrepared,
  type PreparedResponse,
} from '../../../../platform/server/response-cache.ts';
import { CALENDAR_CONTENT_TYPE, calendarRoutes as routes } from '../feeds.contract.ts';
import { activityEvent, shiftEvent } from './activity-events.ts';
import { createFeed, findFeedOwner, findLiveFeed, revokeFeeds } from './feed-tokens.queries.ts';
import {
  findActivityForReader,
  findLocalGroupName,
  findPublicActivity,
  listPersonalFeedShifts,
} from './feeds.queries.ts';
import { buildCalendar } from '../../../../platform/server/ical.ts';
import { DTSTAMP, writePublicFeed } from './public-feed.ts';

/** Answers with the calendar (304 when the app's copy is current, gzip when it accepts it). */
function sendCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  prepared: PreparedResponse,
  { isPublic, filename, seconds }: { isPublic: boolean; filename: string; seconds: number },
): FastifyReply {
  reply.header('content-disposition', `inline; filename="${filename}"`);
  return sendPrepared(
    request,
    reply,
    prepared,
    isPublic ? `public, max-age=${Math.max(seconds, 60)}` : 'private, max-age=300',
  );
}

const prepareCalendar = (body: string) => prepareResponse(body, CALENDAR_CONTENT_TYPE, DTSTAMP);

export function registerCalendarRoutes(app: FastifyInstance) {
  const url = (path: string) => `${app.config.publicUrl}${path}`;
  // Public feeds are polled by many calendar apps and change rarely: reused for a few seconds.
  const seconds = app.config.publicCacheSeconds;
  const feeds = new ResponseCache({ ttlMs: seconds * 1000, serveStale: true });
  const publicFeed = (filename: string) => ({ isPublic: true, filename, seconds });

  const association = (slug: string) => getPublicOrganization(app.db, slug);

  // A public feed asked for again by the same URL is answered before its input is read again.
  const fromCache = (filename: (request: FastifyRequest) => string) => ({
    fromCache: (request: FastifyRequest, reply: FastifyReply) => {
      const prepared = feeds.peek(request.url);
      return prepared && sendCalendar(request, reply, prepared, publicFeed(filename(request)));
    },
  });
  const slugOf = (request: FastifyRequest) => (request.params as { slug: string }).slug;

  addRoute(
    app,
    routes.organizationFeed,
    async (request, reply) => {
      const { slug } = request.params;
      feeds.alias(request.url, `org:${slug}`);
      const prepared = await feeds.get(`org:${slug}`, async () => {
        const org = await association(slug);
        return writePublicFeed(app.db, {
          organizationId: org.id,
          name: org.name,
          description: `Kalendarium för ${org.name}`,
          activityUrl: (id) => url(`/o/${org.slug}/activities/${id}`),
        });
      });
      return sendCalendar(request, reply, prepared, publicFeed(`${slug}.ics`));
    },
    fromCache((request) => `${slugOf(request)}.ics`),
  );

  addRoute(
    app,
    routes.localGroupFeed,
    async (request, reply) => {
      const { slug, groupId } = request.params;
      feeds.alias(request.url, `group:${slug}:${groupId}`);
      const prepared = await feeds.get(`group:${slug}:${groupId}`, async () => {
        const org = await association(slug);
        const groupName = await findLocalGroupName(app.db, org.id, groupId);
        if (!groupName) throw new AppError('not_found', 'No such local group');
        return writePublicFeed(app.db, {
          organizationId: org.id,
          name: `${groupName} – ${org.name}`,
          localGroupId: groupId,
          activityUrl: (id) => url(`/o/${org.slug}/activities/${id}`),
        });
      });
      return sendCalendar(request, reply, prepared, publicFeed(`${slug}-grupp.ics`));
    },
    fromCache((request) => `${slugOf(request)}-grupp.ics`),
  );

  addRoute(app, routes.publicActivityIcs, async (request, reply) => {
    const org = await association(request.params.slug);
    const activity = await findPublicActivity(app.db, org.id, request.params.id);
    if (!activity) throw new AppError('not_found', 'No such activity');
    const body = buildCalendar({
      name: activity.title,
      events: [activityEvent(activity, url(`/o/${org.slug}/activities/${activity.id}`))],
    });
    return sendCalendar(request, reply, await prepareCalendar(body), publicFeed('aktivitet.ics'));
  });

  addRoute(app, routes.memberActivityIcs, async (request, reply) => {
    const auth = getAuth(request);
    const activity = await findActivityForReader(app.db, auth.organizationId, request.params.id);
    if (!activity) throw new AppError('not_found', 'No such activity');
    assertCanRead(auth, activity);
    const body = buildCalendar({
      name: activity.title,
      events: [activityEvent(activity, url(`/activities/${activity.id}`))],
    });
    return sendCalendar(request, reply, await prepareCalendar(body), {
      isPublic: false,
      filename: 'aktivitet.ics',
      seconds,
    });
  });

  addRoute(app, routes.personalFeed, async (request, reply) => {
    const owner = await findFeedOwner(app.db, request.params.token);
    // A revoked or mistyped address looks like one that never existed.
    if (!owner) throw new AppError('not_found', 'No such calendar');
    const shifts = await listPersonalFeedShifts(app.db, owner.organizationId, owner.personId);
    const body = buildCalendar({
      name: 'Mina pass',
      description: 'Aktiviteter jag har anmält mig till',
      events: shifts.map((s) => shiftEvent(s, url(`/activities/${s.id}`))),
    });
    return sendCalendar(request, reply, await prepareCalendar(body), {
      isPublic: false,
      filename: 'mina-pass.ics',
      seconds,
    });
  });

  addRoute(app, routes.getMyCalendarFeed, async (request) => {
    const feed = await findLiveFeed(app.db, getAuth(request).personId);
    return {
      isActive: feed !== undefined,
      createdAt: feed?.created_at.toISOString() ?? null,
      lastUsedAt: feed?.last_used_at?.toISOString() ?? null,
    };
  });

  addRoute(app, routes.createMyCalendarFeed, async (request) => {
    const auth = getAuth(request);
    const { token, createdAt } = await createFeed(app.db, auth.organizationId, auth.personId);
    const address = url(`/calendar/${token}.ics`);
    return {
      url: address,
      webcalUrl: address.replace(/^https?:/, 'webcal:'),
      createdAt: createdAt.toISOString(),
    };
  });

  addRoute(app, routes.revokeMyCalendarFeed, async (request) => {
    await revokeFeeds(app.db, getAuth(request).personId);
    return { ok: true as const };
  });
}
