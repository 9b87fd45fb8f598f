import { z } from 'zod';
import { Id, OkResponse } from '../../platform/shared/atoms.ts';
import { defineRoute, type RouteSpec } from '../../platform/shared/route.ts';

// How the meetings' route tables declare a route. Routes open to every member (`activist`) are
// narrowed by the meeting's policy: those who manage a meeting are organizers and admins, its
// chair and its planners; adjusters approve its minutes.

const tags = ['meetings'];
type Spec = Omit<RouteSpec, 'tags' | 'permission'>;

/** Any logged-in member; the policy narrows it (planning, chairing, approving). */
export function memberRoute<const T extends Spec>(spec: T) {
  return defineRoute({ ...spec, permission: 'activist' as const, tags });
}

export function organizerRoute<const T extends Spec>(spec: T) {
  return defineRoute({ ...spec, permission: 'organizer' as const, tags });
}

export const IdParams = z.object({ id: Id });
export const ok = { response: OkResponse };
