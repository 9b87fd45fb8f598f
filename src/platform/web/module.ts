import type { Role } from '../shared/atoms.ts';
import type { NavEntry } from './ui/navigation.ts';
import type { ComponentLoader, SlotContribution } from './ui/slots.tsx';

/**
 * Who may open a page: `public` (the public layout, no login), `session` (anyone logged in),
 * or the least role, checked in the browser and again by the server.
 */
export type PageAccess = 'public' | 'session' | Role;

export interface WebPage {
  /** The route's path, without the leading slash, e.g. `people/:id`. */
  path: string;
  access: PageAccess;
  /** Loaded when the page is first opened: every page is its own chunk. */
  load: ComponentLoader<object>;
}

/** A tool in the logged-in header, for `role` and up; loaded only for those. */
export interface WebHeaderTool {
  name: string;
  role: Role;
  load: ComponentLoader<object>;
}

/** What a feature contributes to the web app. */
export interface WebModule {
  name: string;
  pages?: WebPage[];
  navigation?: NavEntry[];
  headerTools?: WebHeaderTool[];
  /** Sections placed into other features' pages (see `Slots`). */
  slots?: SlotContribution[];
}

/** Declares a feature's web module; the app is built from the list in `src/web/modules.ts`. */
export function defineWebModule(module: WebModule): WebModule {
  return module;
}
