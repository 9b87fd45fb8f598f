import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';

export const Colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'a colour like #c8102e');

export const TagRef = z.object({ id: Id, name: z.string(), colour: z.string() });

export const Tag = TagRef.extend({
  groupId: Id.nullable(),
  personCount: z.number().int(),
});

export const TagGroup = z.object({ id: Id, name: z.string() });

const TagName = z.string().trim().min(1).max(60);
const IdParams = z.object({ id: Id });

export const TagInput = z.object({
  name: TagName,
  colour: Colour,
  groupId: Id.nullable().default(null),
});
export const TagPatch = z.object({
  name: TagName.optional(),
  colour: Colour.optional(),
  groupId: Id.nullable().optional(),
});

export const BulkTagInput = z.object({
  personIds: z.array(Id).min(1).max(5000),
  tagIds: z.array(Id).min(1).max(20),
  action: z.enum(['add', 'remove']),
});

export const tagRoutes = defineRoutes({
  listTags: defineRoute({
    method: 'GET',
    path: '/api/tags',
    permission: 'coordinator',
    summary: 'Tags and tag groups, with how many people carry each tag',
    tags: ['tags'],
    response: z.object({ groups: z.array(TagGroup), items: z.array(Tag) }),
  }),
  createTag: defineRoute({
    method: 'POST',
    path: '/api/tags',
    permission: 'organizer',
    summary: 'Create a tag',
    tags: ['tags'],
    status: 201,
    body: TagInput,
    response: Tag,
  }),
  updateTag: defineRoute({
    method: 'PATCH',
    path: '/api/tags/:id',
    permission: 'organizer',
    summary: 'Rename, recolour or regroup a tag',
    tags: ['tags'],
    params: IdParams,
    body: TagPatch,
    response: Tag,
  }),
  deleteTag: defineRoute({
    method: 'DELETE',
    path: '/api/tags/:id',
    permission: 'organizer',
    summary: 'Delete a tag; it comes off everyone who had it',
    tags: ['tags'],
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  createTagGroup: defineRoute({
    method: 'POST',
    path: '/api/tag-groups',
    permission: 'organizer',
    summary: 'Create a tag group',
    tags: ['tags'],
    status: 201,
    body: z.object({ name: TagName }),
    response: TagGroup,
  }),
  deleteTagGroup: defineRoute({
    method: 'DELETE',
    path: '/api/tag-groups/:id',
    permission: 'organizer',
    summary: 'Delete a tag group; its tags stay, ungrouped',
    tags: ['tags'],
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  tagPeople: defineRoute({
    method: 'POST',
    path: '/api/people/tags',
    permission: 'coordinator',
    summary: 'Add tags to, or remove them from, many people at once',
    tags: ['tags', 'people'],
    body: BulkTagInput,
    response: z.object({ changed: z.number().int() }),
  }),
});

/** Tagging in a person's timeline (the timeline adds id, time and actor). */
export const tagTimelineEvents = [
  z.object({ kind: z.literal('tagAdded'), tag: TagRef }),
  /** Tags deleted since are left out; an event whose tags are all gone is not shown. */
  z.object({ kind: z.literal('tagsRemoved'), tags: z.array(TagRef).min(1) }),
] as const;
