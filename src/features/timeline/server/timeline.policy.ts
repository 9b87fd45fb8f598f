import { hasPermission, type Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

/** A note is deleted by whoever wrote it, or by an admin. */
export function canDeleteNote(auth: Auth, authorAccountId: string | null): boolean {
  return hasPermission(auth.role, 'admin') || authorAccountId === auth.accountId;
}

export function assertCanDeleteNote(auth: Auth, authorAccountId: string | null) {
  if (!canDeleteNote(auth, authorAccountId)) {
    throw new AppError('forbidden', 'Only its author or an admin deletes a note');
  }
}
