import type { Auth } from '../../../platform/server/auth.ts';
import { hasPermission } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

/** Organizers and admins see every group; a coordinator sees their own group(s) only. */
export function canManageLocalGroup(auth: Auth, localGroupId: string): boolean {
  return (
    hasPermission(auth.role, 'organizer') || auth.coordinatedLocalGroupIds.includes(localGroupId)
  );
}

/** Contact details of a group's members: its coordinator, organizers, admins. */
export function assertCanSeeGroupMembers(auth: Auth, localGroupId: string) {
  if (!canManageLocalGroup(auth, localGroupId)) {
    throw new AppError('forbidden', 'Only the group coordinator and organizers see its members');
  }
}

/** A coordinator may edit their group's description; renaming and reassigning are for organizers. */
export function assertCanUpdateLocalGroup(
  auth: Auth,
  localGroupId: string,
  patch: { name?: string; coordinatorId?: string | null },
) {
  if (hasPermission(auth.role, 'organizer')) return;
  if (!auth.coordinatedLocalGroupIds.includes(localGroupId)) {
    throw new AppError('forbidden', 'You coordinate another local group');
  }
  if (patch.name !== undefined || patch.coordinatorId !== undefined) {
    throw new AppError('forbidden', 'Only organizers rename groups or change coordinators');
  }
}

/**
 * Whose records a caller reaches: organizers and admins everyone in the association, a
 * coordinator the people of their own local groups.
 */
export function reachableGroupIds(auth: Auth): string[] | 'all' {
  return hasPermission(auth.role, 'organizer') ? 'all' : auth.coordinatedLocalGroupIds;
}
