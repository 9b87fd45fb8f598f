import type { Role } from '../../shared/atoms.ts';
import { type Session } from '../../shared/session.contract.ts';
import type { NavIconSpec } from './NavIcon.tsx';
import { hasRole } from './useSession.ts';

export interface NavItem {
  to: string;
  /** Message id of the label. */
  label: string;
  /** One of the kernel's icons by name, or a module's own: an SVG path on a 24×24 grid. */
  icon?: NavIconSpec;
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

/** How many main links the phone's bottom bar holds beside "Mer"; the rest are under "Mer". */
export const BOTTOM_BAR_LINKS = 4;

/** The main links on the phone's bottom bar (the first by order), and those "Mer" lists. */
export function splitForBottomBar(entries: readonly NavEntry[]): {
  bar: NavItem[];
  overflow: NavItem[];
} {
  const main = mainNavItems(entries);
  return { bar: main.slice(0, BOTTOM_BAR_LINKS), overflow: main.slice(BOTTOM_BAR_LINKS) };
}

/** The organizer and admin pages this session may open. */
export function organizerNavItems(entries: readonly NavEntry[], session: Session): NavItem[] {
  return byOrder(entries).filter(
    (entry) => entry.menu === 'organize' && hasRole(session, entry.role),
  );
}
