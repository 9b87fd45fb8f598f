import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { Person, PersonSummary } from '../people/register/people.contract.ts';

export const duplicateReasons = ['email', 'phone', 'name_postcode'] as const;

export const DuplicatePair = z.object({
  first: PersonSummary,
  second: PersonSummary,
  reasons: z.array(z.enum(duplicateReasons)),
});

/** The fields a merge can take from the person merged away; the rest stay as the kept one has them. */
export const mergeableFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'gender',
  'birthYear',
  'isMember',
  'memberNumber',
  'memberSince',
  'membershipStatus',
  'localGroupId',
  'notes',
] as const;

export const MergeInput = z.object({
  keepId: Id,
  mergeId: Id,
  /** Fields whose value comes from the merged person. Empty fields of the kept one are filled anyway. */
  take: z.array(z.enum(mergeableFields)).default([]),
});

export const duplicateRoutes = defineRoutes({
  listDuplicates: defineRoute({
    method: 'GET',
    path: '/api/duplicates',
    permission: 'organizer',
    summary: 'Possible duplicates: same e-mail, same phone, or same name and postcode',
    audit: 'people-read',
    tags: ['duplicates'],
    response: z.object({ items: z.array(DuplicatePair) }),
  }),
  listPersonDuplicates: defineRoute({
    method: 'GET',
    path: '/api/people/:id/duplicates',
    // A coordinator adds people too; they see only pairs of people they reach.
    permission: 'coordinator',
    summary: 'Possible duplicates of one person (shown when a person is added or imported)',
    audit: 'people-read',
    tags: ['duplicates'],
    params: z.object({ id: Id }),
    response: z.object({ items: z.array(DuplicatePair) }),
  }),
  markDistinct: defineRoute({
    method: 'POST',
    path: '/api/duplicates/distinct',
    permission: 'organizer',
    summary: 'Record that two people are different people; they are not suggested again',
    tags: ['duplicates'],
    body: z.object({ firstId: Id, secondId: Id }),
    response: z.object({ ok: z.literal(true) }),
  }),
  mergePeople: defineRoute({
    method: 'POST',
    path: '/api/people/merge',
    permission: 'organizer',
    summary: 'Merge one person into another, field by field, keeping every relation and history',
    tags: ['duplicates'],
    body: MergeInput,
    response: Person,
  }),
});

/** Merges in a person's timeline (the timeline adds id, time and actor). */
export const mergeTimelineEvents = [
  /** A duplicate was merged into this person, taking these fields from it. */
  z.object({ kind: z.literal('merged'), fields: z.array(z.string()) }),
] as const;
