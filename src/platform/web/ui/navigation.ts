import type { Role } from '../../shared/atoms.ts';
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

/**
 * A module's link in the navigation: in the main menu every logged-in person has, or under
 * "Organisera" for the least role that may open the page. `order` places it among all
 * modules' links of its menu (smaller first), so the menus read the same whatever the
 * modules' order.
 */
export type NavEntry = NavItem & { order: number } & (
    { menu: 'main' } | { menu: 'organize'; role: Role }
  );

function byOrder(entries: readonly NavEntry[]): NavEntry[] {
  return [...entries].sort((a, b) => a.order - b.order);
}

/** What every logged-in person reaches. */
export function mainNavItems(entries: readonly NavEntry[]): NavItem[] {
  return byOrder(entries).filter((entry) => entry.menu === 'main');
}

/** The organizer and admin pages this session may open. */
export function organizerNavItems(entries: readonly NavEntry[], session: Session): NavItem[] {
  return byOrder(entries).filter(
    (entry) => entry.menu === 'organize' && hasRole(session, entry.role),
  );
}
