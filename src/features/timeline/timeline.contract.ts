import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { signupTimelineEvents } from '../activities/signups/signups.contract.ts';
import { personTimelineEvents } from '../people/register/people.contract.ts';
import { consentTimelineEvents } from '../privacy/privacy.contract.ts';
import { mergeTimelineEvents } from '../duplicates/duplicates.contract.ts';
import { tagTimelineEvents } from '../tags/tags.contract.ts';

/** Who did it; null when not known (a command-line import, the demo seed, a removed account). */
export const TimelineActor = z
  .object({ accountId: Id, firstName: z.string(), lastName: z.string() })
  .nullable();

const common = {
  /** `<source>:<row id>`, unique in a person's timeline. */
  id: z.string(),
  at: z.string(),
  actor: TimelineActor,
};

type WithCommon<T extends readonly z.ZodObject[]> = {
  [K in keyof T]: T[K] extends z.ZodObject<infer Shape>
    ? z.ZodObject<z.core.util.Extend<Shape, typeof common>>
    : never;
};

/** A module's event kinds, as it declares them in its contract, with the fields every event has. */
function withCommon<const T extends readonly z.ZodObject[]>(events: T): WithCommon<T> {
  return events.map((event) => event.extend(common)) as unknown as WithCommon<T>;
}

/** The timeline's own kinds. */
const ownEvents = [
  z.object({
    kind: z.literal('note'),
    noteId: Id,
    body: z.string(),
    /** The author and admins may delete a note. */
    canDelete: z.boolean(),
  }),
] as const;

/**
 * One thing that happened to a person. A module with events of its own declares their kinds in
 * its contract, adds them here with one line, and contributes the sources that find them
 * (`timeline` of its server module).
 */
export const TimelineEvent = z.discriminatedUnion('kind', [
  ...withCommon(personTimelineEvents),
  ...withCommon(tagTimelineEvents),
  ...withCommon(consentTimelineEvents),
  ...withCommon(mergeTimelineEvents),
  ...withCommon(ownEvents),
  ...withCommon(signupTimelineEvents),
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type TimelineEventKind = TimelineEvent['kind'];

export const NoteInput = z.object({ body: z.string().trim().min(1).max(5000) });

const PersonParams = z.object({ id: Id });

export const timelineRoutes = defineRoutes({
  getTimeline: defineRoute({
    method: 'GET',
    path: '/api/people/:id/timeline',
    permission: 'coordinator',
    summary:
      "What happened to a person, newest first: changes, tags, consents, merges, notes, sign-ups and attendance (a view of the person's record)",
    audit: 'people-read',
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
});
