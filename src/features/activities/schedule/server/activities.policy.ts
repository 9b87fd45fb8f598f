import { hasPermission, type Auth } from '../../../../platform/server/auth.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { ActivityVisibility } from '../../../../platform/shared/db-values.generated.ts';

// Organizers manage every activity; a coordinator those of their own local groups; the contact
// person sees who signed up, marks attendance and reports; activists read what is published to
// members and sign themselves up.

export interface ActivityAccess {
  local_group_id: string | null;
  contact_person_id: string | null;
  visibility: ActivityVisibility;
  publish_at: Date | null;
}

/** Who reads what, as a filter the list queries apply in SQL. */
export interface Reader {
  personId: string;
  /** Every activity (organizers), or drafts too of these groups (coordinators). */
  manages: 'all' | string[];
}

export function readerOf(auth: Auth): Reader {
  return {
    personId: auth.personId,
    manages: hasPermission(auth.role, 'organizer') ? 'all' : auth.coordinatedLocalGroupIds,
  };
}

/** Published to its audience: not a draft, and its publishing time has come. */
export function isPublished(activity: ActivityAccess, now = new Date()): boolean {
  return (
    activity.visibility !== 'draft' &&
    (activity.publish_at === null || activity.publish_at.getTime() <= now.getTime())
  );
}

export function canManageActivity(auth: Auth, activity: ActivityAccess): boolean {
  if (hasPermission(auth.role, 'organizer')) return true;
  return (
    auth.role === 'coordinator' &&
    activity.local_group_id !== null &&
    auth.coordinatedLocalGroupIds.includes(activity.local_group_id)
  );
}

export function canSeeSignups(auth: Auth, activity: ActivityAccess): boolean {
  return canManageActivity(auth, activity) || activity.contact_person_id === auth.personId;
}

export function canReadActivity(auth: Auth, activity: ActivityAccess): boolean {
  return canSeeSignups(auth, activity) || isPublished(activity);
}

/** An activity the caller may not even read looks like one that does not exist. */
export function assertCanRead(auth: Auth, activity: ActivityAccess) {
  if (!canReadActivity(auth, activity)) throw new AppError('not_found', 'No such activity');
}

export function assertCanManage(auth: Auth, activity: ActivityAccess) {
  assertCanRead(auth, activity);
  if (!canManageActivity(auth, activity)) {
    throw new AppError('forbidden', 'Only organizers and the group’s coordinator manage this');
  }
}

export function assertCanSeeSignups(auth: Auth, activity: ActivityAccess) {
  assertCanRead(auth, activity);
  if (!canSeeSignups(auth, activity)) {
    throw new AppError('forbidden', 'Only its organizers and contact person see this');
  }
}

/** A coordinator creates and moves activities only into their own local groups. */
export function assertMayPlaceIn(auth: Auth, localGroupId: string | null) {
  if (hasPermission(auth.role, 'organizer')) return;
  if (localGroupId === null || !auth.coordinatedLocalGroupIds.includes(localGroupId)) {
    throw new AppError('validation', 'Choose one of your own local groups', {
      errors: [
        { path: 'body.localGroupId', code: 'not_your_group', message: 'Not your local group' },
      ],
    });
  }
}
