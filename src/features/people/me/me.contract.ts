import { z } from 'zod';
import { Id, Name } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

export const Profile = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isMember: z.boolean(),
  localGroup: z.object({ id: Id, name: z.string() }).nullable(),
});

export const ProfilePatch = z.object({
  firstName: Name.optional(),
  lastName: Name.optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  localGroupId: Id.nullable().optional(),
});

export const MyGroup = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['local_group', 'board', 'council_group', 'working_group']),
  /** My role in it: coordinator, member, or a committee title such as "ordförande". */
  title: z.string(),
});

/** "Min sida": what a logged-in activist sees first. */
export const MyPage = z.object({
  profile: Profile,
  groups: z.array(MyGroup),
});

export const meRoutes = defineRoutes({
  myPage: defineRoute({
    method: 'GET',
    path: '/api/me',
    permission: 'activist',
    summary: 'My page: my profile, my groups and my upcoming sign-ups',
    tags: ['people'],
    response: MyPage,
  }),
  updateMyProfile: defineRoute({
    method: 'PATCH',
    path: '/api/me/profile',
    permission: 'activist',
    summary: 'Change my own profile',
    tags: ['people'],
    body: ProfilePatch,
    response: Profile,
  }),
});
