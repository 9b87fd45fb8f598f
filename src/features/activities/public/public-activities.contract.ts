import { z } from 'zod';
import { Id, Slug, Timestamp } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import { Ref } from '../schedule/activities.contract.ts';

// The public calendar (kalendarium): published public activities only, and no personal data —
// no contact person, no names of who signed up, only counts.

export const PublicShift = z.object({
  id: Id,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int().nullable(),
  confirmed: z.number().int(),
  /** Full: a new sign-up goes on the waiting list. */
  isFull: z.boolean(),
});

export const PublicActivityListItem = z.object({
  id: Id,
  title: z.string(),
  type: z.object({ key: z.string().nullable(), name: z.string() }),
  campaign: z.object({ title: z.string(), colour: z.string() }).nullable(),
  localGroup: Ref.nullable(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  cancelledAt: z.string().nullable(),
});

export const PublicActivity = PublicActivityListItem.extend({
  /** Sanitized HTML rendered from the Markdown description. */
  descriptionHtml: z.string(),
  /** The description as plain text, short, for Open Graph and link previews. */
  summary: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  imageUrl: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Raised on every change (iCalendar SEQUENCE). */
  sequence: z.number().int(),
  updatedAt: z.string(),
  shifts: z.array(PublicShift),
  /** Whether a guest may still sign up (published, not cancelled, before the cutoff). */
  isGuestSignupOpen: z.boolean(),
});

export const PublicOrganization = z.object({ slug: z.string(), name: z.string() });

export const PublicActivityQuery = z.object({
  /** Activities ending after this moment; default now. */
  from: Timestamp.optional(),
  /** Activities starting before this moment; default 90 days after `from`. */
  to: Timestamp.optional(),
  localGroupId: Id.optional(),
  /** From the previous page's `nextCursor`. */
  cursor: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[0-9a-f-]{36}$/)
    .optional(),
  /** Activities per page (the kalendarium asks for 50 at a time). */
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

const SlugParams = z.object({ slug: Slug });
const tags = ['public'];

export const publicActivityRoutes = defineRoutes({
  listPublicActivities: defineRoute({
    method: 'GET',
    path: '/api/public/organizations/:slug/activities',
    permission: 'public',
    summary: "An association's public calendar, by start, a page at a time",
    tags,
    params: SlugParams,
    query: PublicActivityQuery,
    response: z.object({
      organization: PublicOrganization,
      items: z.array(PublicActivityListItem),
      /** Where the next page starts; null on the last. */
      nextCursor: z.string().nullable(),
    }),
  }),
  getPublicActivity: defineRoute({
    method: 'GET',
    path: '/api/public/organizations/:slug/activities/:id',
    permission: 'public',
    summary: 'One published public activity, for its shareable page',
    tags,
    params: SlugParams.extend({ id: Id }),
    response: PublicActivity.extend({ organization: PublicOrganization }),
  }),
});
