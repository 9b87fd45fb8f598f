import { z } from 'zod';
import { Id, Name, Slug, Text } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { committeeKinds, organizationKinds } from '../../platform/shared/db-values.generated.ts';

export const OrganizationKind = z.enum(organizationKinds);

export const Organization = z.object({
  id: Id,
  slug: Slug,
  name: z.string(),
  kind: OrganizationKind,
  /** From the party down to this organization's parent. */
  ancestors: z.array(z.object({ slug: Slug, name: z.string(), kind: OrganizationKind })),
});

export const PersonRef = z.object({ id: Id, firstName: z.string(), lastName: z.string() });

export const LocalGroup = z.object({
  id: Id,
  name: z.string(),
  areaDescription: z.string(),
  coordinator: PersonRef.nullable(),
  memberCount: z.number().int(),
});
export type LocalGroup = z.infer<typeof LocalGroup>;

export const LocalGroupInput = z.object({
  name: Name,
  areaDescription: Text.default(''),
  coordinatorId: Id.nullable().default(null),
});
export const LocalGroupPatch = z.object({
  name: Name.optional(),
  areaDescription: Text.optional(),
  coordinatorId: Id.nullable().optional(),
});

export const GroupMember = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isMember: z.boolean(),
});

export const Committee = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(committeeKinds),
  members: z.array(PersonRef.extend({ title: z.string() })),
});

export const PublicOrganization = z.object({
  slug: Slug,
  name: z.string(),
  ancestors: Organization.shape.ancestors,
  localGroups: z.array(z.object({ id: Id, name: z.string(), areaDescription: z.string() })),
});

const IdParams = z.object({ id: Id });

export const organizationRoutes = defineRoutes({
  current: defineRoute({
    method: 'GET',
    path: '/api/organization',
    permission: 'activist',
    summary: 'The association of the logged-in account, with its place in the tree',
    tags: ['organizations'],
    response: Organization,
  }),
  listLocalGroups: defineRoute({
    method: 'GET',
    path: '/api/local-groups',
    permission: 'activist',
    summary: "The association's local groups",
    tags: ['organizations'],
    response: z.object({ items: z.array(LocalGroup) }),
  }),
  getLocalGroup: defineRoute({
    method: 'GET',
    path: '/api/local-groups/:id',
    permission: 'activist',
    summary: 'One local group',
    tags: ['organizations'],
    params: IdParams,
    response: LocalGroup,
  }),
  createLocalGroup: defineRoute({
    method: 'POST',
    path: '/api/local-groups',
    permission: 'organizer',
    summary: 'Create a local group',
    tags: ['organizations'],
    status: 201,
    body: LocalGroupInput,
    response: LocalGroup,
  }),
  updateLocalGroup: defineRoute({
    method: 'PATCH',
    path: '/api/local-groups/:id',
    permission: 'coordinator',
    summary:
      'Change a local group (its coordinator may edit the description; organizers all of it)',
    tags: ['organizations'],
    params: IdParams,
    body: LocalGroupPatch,
    response: LocalGroup,
  }),
  deleteLocalGroup: defineRoute({
    method: 'DELETE',
    path: '/api/local-groups/:id',
    permission: 'admin',
    summary: 'Delete a local group; its members stay in the association',
    tags: ['organizations'],
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  listLocalGroupMembers: defineRoute({
    method: 'GET',
    path: '/api/local-groups/:id/members',
    permission: 'coordinator',
    summary: "A local group's members with contact details (its coordinator, organizers, admins)",
    audit: 'people-read',
    tags: ['organizations'],
    params: IdParams,
    response: z.object({ items: z.array(GroupMember) }),
  }),
  listCommittees: defineRoute({
    method: 'GET',
    path: '/api/committees',
    permission: 'activist',
    summary: 'The board, the council group and other committees',
    tags: ['organizations'],
    response: z.object({ items: z.array(Committee) }),
  }),
  listPublicAssociations: defineRoute({
    method: 'GET',
    path: '/api/public/organizations',
    permission: 'public',
    summary: 'The associations on this server, each with a public page at /o/<slug>',
    tags: ['public'],
    response: z.object({ items: z.array(z.object({ slug: z.string(), name: z.string() })) }),
  }),
  publicOrganization: defineRoute({
    method: 'GET',
    path: '/api/public/organizations/:slug',
    permission: 'public',
    summary: 'What an association publishes: its name and local groups',
    tags: ['public'],
    params: z.object({ slug: Slug }),
    response: PublicOrganization,
  }),
});
