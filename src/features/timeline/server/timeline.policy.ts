import { hasPermission, type Auth } from '../../../server/plugins/auth.ts';
import { AppError } from '../../../shared/app-error.ts';

/** A note is deleted by whoever wrote it, or by an admin. */
export function canDeleteNote(auth: Auth, authorAccountId: string | null): boolean {
  return hasPermission(auth.role, 'admin') || authorAccountId === auth.accountId;
}

export function assertCanDeleteNote(auth: Auth, authorAccountId: string | null) {
  if (!canDeleteNote(auth, authorAccountId)) {
    throw new AppError('forbidden', 'Only its author or an admin deletes a note');
  }
}
