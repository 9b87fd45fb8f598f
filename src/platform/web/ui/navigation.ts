import { type Session } from '../../shared/session.contract.ts';
import type { NavIconName } from './NavIcon.tsx';
import { hasRole } from './useSession.ts';

export interface NavItem {
  to: string;
  /** Message id of the label. */
  label: string;
  /** Message id of a shorter label for the phone's bottom bar. */
  shortLabel?: string;
  icon?: NavIconName;
}

/** What every logged-in person reaches. */
export const mainNavItems: NavItem[] = [
  { to: '/me', label: 'nav.me', icon: 'me' },
  { to: '/feed', label: 'feed.nav', icon: 'activities' },
  { to: '/groups', label: 'nav.groups', shortLabel: 'nav.groupsShort', icon: 'groups' },
  { to: '/committees', label: 'nav.committees', icon: 'committees' },
];

/** The organizer and admin pages this session may open. */
export function organizerNavItems(session: Session): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(session, 'coordinator')) items.push({ to: '/people', label: 'nav.people' });
  if (hasRole(session, 'coordinator')) {
    items.push({ to: '/activities', label: 'calendar.nav' });
    items.push({ to: '/campaigns', label: 'campaigns.nav' });
  }
  if (hasRole(session, 'organizer')) {
    items.push({ to: '/lists', label: 'lists.nav' });
    items.push({ to: '/admin/tags', label: 'nav.tags' });
    items.push({ to: '/admin/accounts', label: 'nav.accounts' });
  }
  if (hasRole(session, 'admin')) {
    items.push({ to: '/admin/fields', label: 'nav.customFields' });
    items.push({ to: '/admin/outbox', label: 'nav.outbox' });
    items.push({ to: '/admin/retention', label: 'retention.nav' });
    items.push({ to: '/admin/activity-types', label: 'activities.types.nav' });
  }
  return items;
}
