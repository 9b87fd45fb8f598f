import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute } from '../../platform/shared/route.ts';
import { SignupStatus } from '../activities/schedule/activities.contract.ts';
import {
  consentPurposes,
  membershipStatuses,
  signupSources,
} from '../../platform/shared/db-values.generated.ts';
import { TagRef } from '../tags/tags.contract.ts';

/** Who did it; null when not known (a command-line import, the demo seed, a removed account). */
export const TimelineActor = z
  .object({ accountId: Id, firstName: z.string(), lastName: z.string() })
  .nullable();

/** A local group, or null for none; its name is null when the group has been deleted since. */
const GroupRef = z.object({ id: Id, name: z.string().nullable() }).nullable();

/**
 * Old → new, only for the fields an erased person's anonymous row keeps anyway (membership and
 * local group); other changes name the field and never hold its value.
 */
export const FieldChange = z.discriminatedUnion('field', [
  z.object({ field: z.literal('isMember'), from: z.boolean(), to: z.boolean() }),
  z.object({
    field: z.literal('membershipStatus'),
    from: z.enum(membershipStatuses),
    to: z.enum(membershipStatuses),
  }),
  z.object({ field: z.literal('localGroup'), from: GroupRef, to: GroupRef }),
]);

const common = {
  /** `<source>:<row id>`, unique in a person's timeline. */
  id: z.string(),
  at: z.string(),
  actor: TimelineActor,
};

/** The activity and shift (pass) a sign-up is for; a shift's title may be empty. */
const signupPlace = {
  activity: z.object({ id: Id, title: z.string() }),
  shift: z.object({ id: Id, title: z.string(), startsAt: z.string(), endsAt: z.string() }),
};

/**
 * One thing that happened to a person. A new module adds its kinds here and a source in
 * `server/timeline-sources.ts`.
 */
export const TimelineEvent = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('created'), isImported: z.boolean() }),
  z.object({
    ...common,
    kind: z.literal('changed'),
    /** Names of the person contract's fields (`phone`, `localGroupId`, `custom` …). */
    fields: z.array(z.string()),
    changes: z.array(FieldChange),
  }),
  z.object({ ...common, kind: z.literal('tagAdded'), tag: TagRef }),
  /** Tags deleted since are left out; an event whose tags are all gone is not shown. */
  z.object({ ...common, kind: z.literal('tagsRemoved'), tags: z.array(TagRef).min(1) }),
  z.object({
    ...common,
    kind: z.literal('consent'),
    purpose: z.enum(consentPurposes),
    change: z.enum(['given', 'withdrawn']),
  }),
  /** A duplicate was merged into this person, taking these fields from it. */
  z.object({ ...common, kind: z.literal('merged'), fields: z.array(z.string()) }),
  z.object({
    ...common,
    kind: z.literal('note'),
    noteId: Id,
    body: z.string(),
    /** The author and admins may delete a note. */
    canDelete: z.boolean(),
  }),
  /** Signed up for a shift (at = then); `status` is the sign-up's now; actor: who booked them. */
  z.object({
    ...common,
    ...signupPlace,
    kind: z.literal('signup'),
    source: z.enum(signupSources),
    status: SignupStatus,
  }),
  /** The sign-up was cancelled, by the person or an organizer (not recorded which). */
  z.object({ ...common, ...signupPlace, kind: z.literal('signupCancelled') }),
  /** Marked as there or not (a no-show), at the shift's end. */
  z.object({ ...common, ...signupPlace, kind: z.literal('attendance'), attended: z.boolean() }),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type TimelineEventKind = TimelineEvent['kind'];

export const NoteInput = z.object({ body: z.string().trim().min(1).max(5000) });

const PersonParams = z.object({ id: Id });

export const timelineRoutes = {
  getTimeline: defineRoute({
    method: 'GET',
    path: '/api/people/:id/timeline',
    permission: 'coordinator',
    summary:
      "What happened to a person, newest first: changes, tags, consents, merges, notes, sign-ups and attendance (a view of the person's record)",
    tags: ['timeline'],
    params: PersonParams,
    query: z.object({
      /** From the previous page's `nextCursor`. */
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: z.object({ items: z.array(TimelineEvent), nextCursor: z.string().nullable() }),
  }),
  createNote: defineRoute({
    method: 'POST',
    path: '/api/people/:id/notes',
    permission: 'coordinator',
    summary: 'Write a note about a person (coordinators about their own groups’ people)',
    tags: ['timeline'],
    status: 201,
    params: PersonParams,
    body: NoteInput,
    response: TimelineEvent,
  }),
  deleteNote: defineRoute({
    method: 'DELETE',
    path: '/api/people/:id/notes/:noteId',
    permission: 'coordinator',
    summary: 'Delete a note (its author or an admin)',
    tags: ['timeline'],
    params: z.object({ id: Id, noteId: Id }),
    response: z.object({ ok: z.literal(true) }),
  }),
} as const;
