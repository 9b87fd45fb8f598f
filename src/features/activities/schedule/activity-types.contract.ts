import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

// Activity types are each association's own list; each asks for its own report numbers.

/** The numbers an activity report can hold (columns of activity_reports, in snake_case). */
export const reportKinds = ['leaflets', 'doorsKnocked', 'conversations', 'newContacts'] as const;
export type ReportKind = (typeof reportKinds)[number];

/**
 * The activity plan's own types, seeded for every association. The key is stable (reports and
 * the plan's indicators refer to it); the name is the association's to change. `reportKinds`
 * are the numbers worth asking for after such an activity.
 */
export const defaultActivityTypes = [
  { key: 'leafleting', name: 'Flygbladsutdelning', reportKinds: ['leaflets', 'conversations'] },
  {
    key: 'door_knocking',
    name: 'Dörrknackning',
    reportKinds: ['doorsKnocked', 'conversations', 'newContacts'],
  },
  {
    key: 'stall',
    name: 'Bokbord/valstuga',
    reportKinds: ['leaflets', 'conversations', 'newContacts'],
  },
  { key: 'member_meeting', name: 'Medlemsmöte', reportKinds: [] },
  { key: 'board_meeting', name: 'Styrelsemöte', reportKinds: [] },
  { key: 'site_visit', name: 'Verksamhetsbesök', reportKinds: ['conversations'] },
  {
    key: 'citizen_dialogue',
    name: 'Medborgardialog',
    reportKinds: ['conversations', 'newContacts'],
  },
  { key: 'training', name: 'Utbildning', reportKinds: [] },
  { key: 'social_media', name: 'Sociala medier-aktion', reportKinds: [] },
  { key: 'demonstration', name: 'Demonstration', reportKinds: ['leaflets', 'newContacts'] },
  { key: 'study_circle', name: 'Studiecirkel', reportKinds: [] },
] as const satisfies readonly { key: string; name: string; reportKinds: readonly ReportKind[] }[];
export type ActivityTypeKey = (typeof defaultActivityTypes)[number]['key'];

export const ActivityType = z.object({
  id: Id,
  /** Set on the plan's own types; null on those an admin added. */
  key: z.string().nullable(),
  name: z.string(),
  position: z.number().int(),
  isArchived: z.boolean(),
  /** The report numbers this type asks for (all of them for a type without a key). */
  reportKinds: z.array(z.enum(reportKinds)),
});

const TypeName = z.string().trim().min(1).max(60);
export const ActivityTypeInput = z.object({ name: TypeName });
export const ActivityTypePatch = z.object({
  name: TypeName.optional(),
  position: z.number().int().min(0).max(1000).optional(),
  isArchived: z.boolean().optional(),
});

const IdParams = z.object({ id: Id });
const tags = ['activities'];

export const activityTypeRoutes = defineRoutes({
  listActivityTypes: defineRoute({
    method: 'GET',
    path: '/api/activity-types',
    permission: 'activist',
    summary: 'The association’s activity types in order, archived ones too',
    tags,
    response: z.object({ items: z.array(ActivityType) }),
  }),
  createActivityType: defineRoute({
    method: 'POST',
    path: '/api/activity-types',
    permission: 'admin',
    summary: 'Add an activity type',
    tags,
    status: 201,
    body: ActivityTypeInput,
    response: ActivityType,
  }),
  updateActivityType: defineRoute({
    method: 'PATCH',
    path: '/api/activity-types/:id',
    permission: 'admin',
    summary: 'Rename, reorder or archive an activity type',
    tags,
    params: IdParams,
    body: ActivityTypePatch,
    response: ActivityType,
  }),
});
