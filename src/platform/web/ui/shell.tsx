import { createContext, useContext, type ComponentType } from 'react';
import type { Role } from '../../shared/atoms.ts';
import type { NavEntry } from './navigation.ts';

/** A tool a module places in the logged-in header (the register's quick search, say). */
export interface HeaderTool {
  name: string;
  /** The least role that sees it. */
  role: Role;
  /** Lazy, so roles that never see it never download it. */
  component: ComponentType;
}

/** What the app's modules place into the logged-in shell. */
export interface Shell {
  headerTools: HeaderTool[];
  /** Every module's navigation links; the menus pick theirs by place, role and order. */
  navigation: NavEntry[];
}

const ShellContext = createContext<Shell>({ headerTools: [], navigation: [] });

/** What the app's modules place into the shell; provided once by the app. */
export const ShellProvider = ShellContext.Provider;

export function useShell(): Shell {
  return useContext(ShellContext);
}
