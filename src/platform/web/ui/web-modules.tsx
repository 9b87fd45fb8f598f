import { lazy, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { WebModule, WebPage } from '../module.ts';
import { CatchAllLayout } from './CatchAllLayout.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { RequireRole } from './RequireRole.tsx';
import { RequireSession } from './RequireSession.tsx';
import { RootRedirect } from './RootRedirect.tsx';
import { ShellProvider, type Shell } from './shell.tsx';
import { SlotProvider, slotTable, type ComponentLoader, type SlotTable } from './slots.tsx';

/** What the modules place into the shell and into each other's pages, made once for the app. */
export interface WebComposition {
  shell: Shell;
  slots: SlotTable;
}

function lazyComponent(load: ComponentLoader<object>): ComponentType {
  return lazy(async () => ({ default: await load() }));
}

export function composeWebModules(modules: readonly WebModule[]): WebComposition {
  return {
    shell: {
      headerTools: modules.flatMap((module) =>
        (module.headerTools ?? []).map(({ name, role, load }) => ({
          name,
          role,
          component: lazyComponent(load),
        })),
      ),
      navigation: modules.flatMap((module) => module.navigation ?? []),
    },
    slots: slotTable(modules.flatMap((module) => module.slots ?? [])),
  };
}

export function WebModulesProvider({
  value,
  children,
}: {
  value: WebComposition;
  children: ReactNode;
}) {
  return (
    <ShellProvider value={value.shell}>
      <SlotProvider value={value.slots}>{children}</SlotProvider>
    </ShellProvider>
  );
}

function pageRoute(page: WebPage): RouteObject {
  const Page = lazyComponent(page.load);
  const element =
    page.access === 'public' || page.access === 'session' ? (
      <Page />
    ) : (
      <RequireRole role={page.access}>
        <Page />
      </RequireRole>
    );
  return { path: page.path, element };
}

// The kernel's own pages, lazy like the modules'.
const MorePage = lazyComponent(() => import('./MorePage.tsx').then((m) => m.MorePage));
const NotFoundPage = lazyComponent(() =>
  import('./NotFoundPage.tsx').then((m) => m.NotFoundPage as ComponentType),
);

/**
 * The app's routes from its modules' pages: public ones in the public layout, the rest in the
 * logged-in shell, each behind its least role; every page is loaded when first opened.
 */
export function moduleRoutes(modules: readonly WebModule[]): RouteObject[] {
  const pages = modules.flatMap((module) => module.pages ?? []);
  const publicPages = pages.filter((page) => page.access === 'public');
  const sessionPages = pages.filter((page) => page.access !== 'public');
  return [
    { index: true, element: <RootRedirect /> },
    { element: <PublicLayout />, children: publicPages.map(pageRoute) },
    {
      element: <RequireSession />,
      children: [...sessionPages.map(pageRoute), { path: 'more', element: <MorePage /> }],
    },
    { element: <CatchAllLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
  ];
}
