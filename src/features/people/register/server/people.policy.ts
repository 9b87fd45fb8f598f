import type { Auth } from '../../../../platform/server/auth.ts';
import { reachableGroupIds } from '../../../organizations/server/organizations.policy.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';

/** Out of reach looks like not found. */
export function assertReaches(auth: Auth, localGroupId: string | null) {
  const reach = reachableGroupIds(auth);
  if (reach !== 'all' && (!localGroupId || !reach.includes(localGroupId))) {
    throw new AppError('not_found', 'No such person');
  }
}

/** A coordinator adds and moves people only within their own groups. */
export function assertMayPlaceIn(auth: Auth, localGroupId: string | null | undefined) {
  const reach = reachableGroupIds(auth);
  if (reach === 'all' || localGroupId === undefined) return;
  if (!localGroupId || !reach.includes(localGroupId)) {
    throw new AppError('validation', 'Choose one of your own local groups', {
      errors: [
        { path: 'body.localGroupId', code: 'not_your_group', message: 'Not your local group' },
      ],
    });
  }
}
