import { z } from 'zod';
import { Id, Timestamp } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import {
  activityVisibilities,
  recurrences,
  signupStatuses,
} from '../../../platform/shared/db-values.generated.ts';

// Activities, their shifts and recurring series. Activity types are in activity-types.contract.ts,
// sign-ups in ../signups, campaigns in ../campaigns, the public calendar in ../public.

export const ActivityVisibility = z.enum(activityVisibilities);
export const SignupStatus = z.enum(signupStatuses);
export const Recurrence = z.enum(recurrences);
/** Which activities an edit of a series occurrence applies to. */
export const editScopes = ['one', 'following'] as const;
export const EditScope = z.enum(editScopes);

/** 'YYYY-MM-DD' */
export const DateOnly = z.iso.date();
const Minutes = z.number().int().min(0).max(20160);

export const ShiftInput = z
  .object({
    title: z.string().trim().max(100).default(''),
    startsAt: Timestamp,
    endsAt: Timestamp,
    /** Null: no limit (a member meeting, say). */
    capacity: z.number().int().min(1).max(10000).nullable().default(null),
    /** How many the organizer hopes for; at most the capacity. Null: as many as fit. */
    wanted: z.number().int().min(0).max(10000).nullable().default(null),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    path: ['endsAt'],
    message: 'Ends before it starts',
  })
  .refine((s) => s.capacity === null || s.wanted === null || s.wanted <= s.capacity, {
    path: ['wanted'],
    message: 'More wanted than there is room for',
  });

export const ShiftPatch = z.object({
  title: z.string().trim().max(100).optional(),
  startsAt: Timestamp.optional(),
  endsAt: Timestamp.optional(),
  capacity: z.number().int().min(1).max(10000).nullable().optional(),
  wanted: z.number().int().min(0).max(10000).nullable().optional(),
});

const ActivityFields = z.object({
  title: z.string().trim().min(1).max(200),
  typeId: Id,
  campaignId: Id.nullable(),
  /** Null: the whole association's activity. A coordinator must name one of their groups. */
  localGroupId: Id.nullable(),
  /** The address, as people will read it. */
  place: z.string().trim().max(300),
  /** A point picked on a map; both or neither. */
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** Markdown; rendered to sanitized HTML (`descriptionHtml`) when read. */
  description: z.string().max(20000),
  contactPersonId: Id.nullable(),
  visibility: ActivityVisibility,
  /** Members or the public see it from this moment (scheduled publishing); null = at once. */
  publishAt: Timestamp.nullable(),
  /** Activists may sign up and cancel until this many minutes before their shift starts. */
  signupCutoffMinutes: Minutes,
  /** When the reminder is sent, in minutes before the shift. */
  reminderOffsetMinutes: Minutes,
  /** For Open Graph when shared; https only. */
  imageUrl: z
    .url({ protocol: /^https$/ })
    .max(1000)
    .nullable(),
});
const fields = ActivityFields.shape;

export const ActivityInput = z
  .object({
    ...fields,
    campaignId: fields.campaignId.default(null),
    localGroupId: fields.localGroupId.default(null),
    place: fields.place.default(''),
    latitude: fields.latitude.default(null),
    longitude: fields.longitude.default(null),
    description: fields.description.default(''),
    contactPersonId: fields.contactPersonId.default(null),
    visibility: fields.visibility.default('draft'),
    publishAt: fields.publishAt.default(null),
    signupCutoffMinutes: fields.signupCutoffMinutes.default(0),
    reminderOffsetMinutes: fields.reminderOffsetMinutes.default(1440),
    imageUrl: fields.imageUrl.default(null),
    /** Left empty: one shift spanning the whole activity, without a limit. */
    shifts: z.array(ShiftInput).max(50).default([]),
  })
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    path: ['endsAt'],
    message: 'Ends before it starts',
  })
  .refine((a) => (a.latitude === null) === (a.longitude === null), {
    path: ['longitude'],
    message: 'Give both latitude and longitude, or neither',
  });

/**
 * A change to an activity. Moving its start moves its shifts by the same clock time. On an
 * occurrence of a series, `scope: 'following'` applies the change to this and every later
 * occurrence (times as the same change of clock time on each date).
 */
export const ActivityPatch = ActivityFields.partial().extend({ scope: EditScope.default('one') });

export const CancelInput = z.object({
  reason: z.string().trim().min(1).max(1000),
  scope: EditScope.default('one'),
});

export const SeriesInput = z
  .object({
    /** The first occurrence; later ones repeat its clock times on their dates. */
    activity: ActivityInput,
    recurrence: Recurrence,
    /** The last date an occurrence may fall on (at most two years on). */
    untilOn: DateOnly,
    /** Dates skipped. */
    exceptions: z.array(DateOnly).max(200).default([]),
  })
  .refine((s) => s.untilOn >= s.activity.startsAt.slice(0, 10), {
    path: ['untilOn'],
    message: 'Ends before the first occurrence',
  });

export const Ref = z.object({ id: Id, name: z.string() });
export const TypeRef = z.object({ id: Id, key: z.string().nullable(), name: z.string() });
export const CampaignRef = z.object({ id: Id, title: z.string(), colour: z.string() });

export const MySignup = z.object({
  id: Id,
  status: SignupStatus,
  waitingPosition: z.number().int().nullable(),
});

export const ShiftSummary = z.object({
  id: Id,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int().nullable(),
  wanted: z.number().int().nullable(),
  confirmed: z.number().int(),
  waiting: z.number().int(),
  /** The caller's own live sign-up on this shift. */
  mySignup: MySignup.nullable(),
});

export const ActivityListItem = z.object({
  id: Id,
  title: z.string(),
  type: TypeRef,
  campaign: CampaignRef.nullable(),
  localGroup: Ref.nullable(),
  place: z.string(),
  /** The point picked on the map, if any ("near me" in the feed). */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  visibility: ActivityVisibility,
  publishAt: z.string().nullable(),
  /** Visible to its audience now: not a draft, and publishAt passed. */
  isPublished: z.boolean(),
  cancelledAt: z.string().nullable(),
  seriesId: Id.nullable(),
  shifts: z.array(ShiftSummary),
});

export const Series = z.object({
  id: Id,
  recurrence: Recurrence,
  startsOn: z.string(),
  untilOn: z.string(),
  exceptions: z.array(z.string()),
});

export const Activity = ActivityListItem.extend({
  description: z.string(),
  /** The description rendered from Markdown to sanitized HTML. */
  descriptionHtml: z.string(),
  contactPerson: Ref.nullable(),
  cancelReason: z.string().nullable(),
  signupCutoffMinutes: z.number().int(),
  reminderOffsetMinutes: z.number().int(),
  sequence: z.number().int(),
  imageUrl: z.string().nullable(),
  series: Series.nullable(),
  occurrenceDate: z.string().nullable(),
  /** May edit, cancel, book people and see who signed up. */
  canManage: z.boolean(),
  /** May see sign-ups with names, mark attendance and report (managers and the contact person). */
  canSeeSignups: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ActivityListQuery = z.object({
  /** Activities ending after this moment; default now. */
  from: Timestamp.optional(),
  /** Activities starting before this moment; default 90 days after `from`. */
  to: Timestamp.optional(),
  typeId: Id.optional(),
  campaignId: Id.optional(),
  localGroupId: Id.optional(),
});

const IdParams = z.object({ id: Id });
const ScopeQuery = z.object({ scope: EditScope.default('one') });
const tags = ['activities'];

export const activityRoutes = defineRoutes({
  listActivities: defineRoute({
    method: 'GET',
    path: '/api/activities',
    permission: 'activist',
    summary: 'Activities in a time range with shift fill counts (at most 2,000, by start)',
    tags,
    query: ActivityListQuery,
    response: z.object({ items: z.array(ActivityListItem) }),
  }),
  getActivity: defineRoute({
    method: 'GET',
    path: '/api/activities/:id',
    permission: 'activist',
    summary: 'One activity with its shifts and counts',
    tags,
    params: IdParams,
    response: Activity,
  }),
  createActivity: defineRoute({
    method: 'POST',
    path: '/api/activities',
    permission: 'coordinator',
    summary: 'Create an activity with its shifts',
    tags,
    status: 201,
    body: ActivityInput,
    response: Activity,
  }),
  updateActivity: defineRoute({
    method: 'PATCH',
    path: '/api/activities/:id',
    permission: 'coordinator',
    summary: 'Change an activity, or this and following occurrences of its series',
    tags,
    params: IdParams,
    body: ActivityPatch,
    response: Activity,
  }),
  cancelActivity: defineRoute({
    method: 'POST',
    path: '/api/activities/:id/cancel',
    permission: 'coordinator',
    summary: 'Cancel an activity (or this and following occurrences) with a reason',
    tags,
    params: IdParams,
    body: CancelInput,
    response: Activity,
  }),
  deleteActivity: defineRoute({
    method: 'DELETE',
    path: '/api/activities/:id',
    permission: 'coordinator',
    summary: 'Delete an activity nobody is signed up for (cancel it otherwise)',
    tags,
    params: IdParams,
    query: ScopeQuery,
    response: z.object({ deleted: z.number().int() }),
  }),
  createSeries: defineRoute({
    method: 'POST',
    path: '/api/activity-series',
    permission: 'coordinator',
    summary: 'Create a recurring series; its occurrences become activities',
    tags,
    status: 201,
    body: SeriesInput,
    response: z.object({ series: Series, activityIds: z.array(Id) }),
  }),
  addShift: defineRoute({
    method: 'POST',
    path: '/api/activities/:id/shifts',
    permission: 'coordinator',
    summary: 'Add a shift to an activity',
    tags,
    status: 201,
    params: IdParams,
    body: ShiftInput,
    response: ShiftSummary,
  }),
  updateShift: defineRoute({
    method: 'PATCH',
    path: '/api/shifts/:id',
    permission: 'coordinator',
    summary: 'Change a shift; a larger capacity promotes people from the waiting list',
    tags,
    params: IdParams,
    body: ShiftPatch,
    response: ShiftSummary,
  }),
  deleteShift: defineRoute({
    method: 'DELETE',
    path: '/api/shifts/:id',
    permission: 'coordinator',
    summary: 'Delete a shift nobody is signed up for',
    tags,
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
});
