import { splitKey } from '../../../../platform/server/invalidation.ts';

// "Min sida" is kept per person (signups.routes.ts). What it reads publishes keys by itself: the
// triggers of migration 0013 send `activities:<organization id>` on every write to activities,
// shifts, sign-ups, types, campaigns and local groups, and `person:<id>` when a person's local
// group changes or the person is deleted. my-activities.cache.test.ts checks that every table
// the answer reads has such a trigger.

/** The kept answer of one person of one association. */
export const myActivitiesKey = (organizationId: string, personId: string) =>
  `${organizationId}:${personId}`;

/** Whether a published invalidation key outdates the answer kept under `cacheKey`. */
export function outdatesMyActivities(invalidationKey: string, cacheKey: string): boolean {
  const { topic, id } = splitKey(invalidationKey);
  if (topic === 'everything') return true;
  if (topic === 'activities') return cacheKey.startsWith(`${id}:`);
  if (topic === 'person') return cacheKey.endsWith(`:${id}`);
  return false;
}
