import { z } from 'zod';
import { Id, OkResponse, Slug } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

// iCalendar feeds (RFC 5545) a calendar app subscribes to, and the personal feed's secret
// address. Feeds are fetched by calendar apps directly, so they live outside /api.

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export const CalendarFeedStatus = z.object({
  /** Whether a secret address exists now (it is shown only when made). */
  isActive: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const CreatedCalendarFeed = z.object({
  /** The secret address; shown once, so the person copies it into their calendar app. */
  url: z.string(),
  /** The same address with the webcal: scheme, which opens the calendar app on a phone. */
  webcalUrl: z.string(),
  createdAt: z.string(),
});

/** The secret part of a personal feed's address (256 random bits, base64url). */
const FeedToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const tags = ['calendar'];
const ics = z.string();

export const calendarRoutes = defineRoutes({
  getMyCalendarFeed: defineRoute({
    method: 'GET',
    path: '/api/me/calendar-feed',
    permission: 'activist',
    summary: 'Whether I have a personal calendar feed',
    tags,
    response: CalendarFeedStatus,
  }),
  createMyCalendarFeed: defineRoute({
    method: 'POST',
    path: '/api/me/calendar-feed',
    permission: 'activist',
    summary: 'Make a new secret address for my sign-ups (the old one stops working)',
    tags,
    status: 201,
    response: CreatedCalendarFeed,
  }),
  revokeMyCalendarFeed: defineRoute({
    method: 'DELETE',
    path: '/api/me/calendar-feed',
    permission: 'activist',
    summary: 'Stop my personal calendar feed',
    tags,
    response: OkResponse,
  }),
  personalFeed: defineRoute({
    method: 'GET',
    path: '/calendar/:token.ics',
    permission: 'public',
    summary: "A person's sign-ups, at their secret address",
    tags,
    params: z.object({ token: FeedToken }),
    response: ics,
    produces: CALENDAR_CONTENT_TYPE,
  }),
  organizationFeed: defineRoute({
    method: 'GET',
    path: '/o/:slug/calendar.ics',
    permission: 'public',
    summary: "An association's public calendar",
    tags,
    params: z.object({ slug: Slug }),
    response: ics,
    produces: CALENDAR_CONTENT_TYPE,
  }),
  localGroupFeed: defineRoute({
    method: 'GET',
    path: '/o/:slug/groups/:groupId/calendar.ics',
    permission: 'public',
    summary: "A local group's public calendar",
    tags,
    params: z.object({ slug: Slug, groupId: Id }),
    response: ics,
    produces: CALENDAR_CONTENT_TYPE,
  }),
  publicActivityIcs: defineRoute({
    method: 'GET',
    path: '/o/:slug/activities/:id.ics',
    permission: 'public',
    summary: 'One public activity, to add to a calendar',
    tags,
    params: z.object({ slug: Slug, id: Id }),
    response: ics,
    produces: CALENDAR_CONTENT_TYPE,
  }),
  memberActivityIcs: defineRoute({
    method: 'GET',
    path: '/api/activities/:id/calendar.ics',
    permission: 'activist',
    summary: 'One activity I may read, to add to my calendar',
    tags,
    params: z.object({ id: Id }),
    response: ics,
    produces: CALENDAR_CONTENT_TYPE,
  }),
});
