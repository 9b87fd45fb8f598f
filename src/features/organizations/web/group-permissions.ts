import { type Session } from '../../../platform/shared/session.contract.ts';
import { hasRole } from '../../../platform/web/ui/useSession.ts';

// Mirrors the server's policy so the UI offers only what will be allowed; the server decides.

export function isCoordinatorOf(session: Session, groupId: string): boolean {
  return session.user.coordinatedLocalGroupIds.includes(groupId);
}

/** Organizers and admins see every group's members; a coordinator sees their own group's. */
export function canSeeGroupMembers(session: Session, groupId: string): boolean {
  return hasRole(session, 'organizer') || isCoordinatorOf(session, groupId);
}

/** Organizers edit everything about a group; its coordinator edits the description. */
export function groupEditScope(session: Session, groupId: string): 'all' | 'description' | null {
  if (hasRole(session, 'organizer')) return 'all';
  if (isCoordinatorOf(session, groupId)) return 'description';
  return null;
}
