import { createContext, useContext, type ComponentType } from 'react';
import type { Role } from '../../shared/atoms.ts';

/** A tool a module places in the logged-in header (the register's quick search, say). */
export interface HeaderTool {
  name: string;
  /** The least role that sees it. */
  role: Role;
  /** Lazy, so roles that never see it never download it. */
  component: ComponentType;
}

export interface Shell {
  headerTools: HeaderTool[];
}

const ShellContext = createContext<Shell>({ headerTools: [] });

/** What the app's modules place into the shell; provided once by the app. */
export const ShellProvider = ShellContext.Provider;

export function useShell(): Shell {
  return useContext(ShellContext);
}
