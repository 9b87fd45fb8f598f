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

/**
 * Why a change was refused with 409: the problem's `errors[0].code` (path `meeting`), for the
 * web to say in Swedish. The English text is the problem's detail.
 */
export const meetingConflicts = {
  activity_taken: 'The activity is already a meeting',
  meeting_held: 'The meeting has been held',
  not_open: 'The meeting is not open',
  not_opened: 'The meeting has not been opened',
  on_agenda: 'Already on the agenda',
  no_current_item: 'No agenda item is being discussed',
  not_checked_in: 'Check in to the meeting before asking for the floor',
  reply_to_nothing: 'A reply answers a turn that has been given',
  already_listed: 'Already on the speakers’ list',
  turn_started: 'The turn has already started',
  not_waiting: 'Not waiting on the speakers’ list',
  turn_not_running: 'That turn is not running',
  minutes_published: 'The minutes are approved and published',
  minutes_not_published: 'The minutes are not yet approved',
  minutes_missing: 'Write the minutes first',
  no_adjusters: 'Name the adjusters first',
  minutes_not_ready: 'The minutes have not been sent to the adjusters',
  adjuster_is_chair: 'The chair of the meeting cannot adjust its minutes',
  adjuster_is_secretary: 'The secretary of the meeting cannot adjust its minutes',
  adjuster_not_present: 'An adjuster must have been checked in at the meeting',
  minutes_changed: 'The minutes changed after you read them; read them again',
  changed_meanwhile: 'Someone else changed the meeting at the same moment; try again',
} as const;
export type MeetingConflict = keyof typeof meetingConflicts;
