// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { isValidElement, type ReactElement } from 'react';
import { matchRoutes, useRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../platform/shared/atoms.ts';
import type { Session } from '../platform/shared/session.contract.ts';
import { defineWebModule, type PageAccess } from '../platform/web/module.ts';
import { PublicLayout } from '../platform/web/ui/PublicLayout.tsx';
import { RequireRole } from '../platform/web/ui/RequireRole.tsx';
import { RequireSession } from '../platform/web/ui/RequireSession.tsx';
import { moduleRoutes } from '../platform/web/ui/web-modules.tsx';
import { webModules } from './modules.ts';
import { renderWithProviders } from './renderWithProviders.tsx';

function sessionAs(role: Role): Session {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'anna@example.se',
      role,
      personId: '22222222-2222-4222-8222-222222222222',
      firstName: 'Anna',
      lastName: 'Svensson',
      coordinatedLocalGroupIds: [],
    },
    organization: { id: '33333333-3333-4333-8333-333333333333', slug: 'huddinge', name: 'V' },
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

/** The guard a matched route chain puts in front of its page. */
function guardOf(elements: unknown[]): PageAccess | 'none' {
  const [layout, page] = elements as ReactElement<{ role?: Role }>[];
  if (layout?.type === PublicLayout) return 'public';
  if (layout?.type !== RequireSession) return 'none';
  return page?.type === RequireRole ? (page.props.role ?? 'none') : 'session';
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the routes built from the modules', () => {
  const routes = moduleRoutes(webModules);
  const pages = webModules.flatMap((module) =>
    (module.pages ?? []).map((page) => ({ module: module.name, ...page })),
  );

  it('reach every module page at its path, behind its guard', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      // A parameter stands for a value no static segment uses.
      const path = `/${page.path.replaceAll(/:\w+/g, 'x7')}`;
      const matches = matchRoutes(routes, path) ?? [];
      const leaf = matches.at(-1)?.route;
      const elements = matches.map((match) => match.route.element).filter(isValidElement);
      expect([page.module, path, leaf?.path, guardOf(elements)]).toEqual([
        page.module,
        path,
        page.path,
        page.access,
      ]);
    }
  });

  it('declare each path once', () => {
    const paths = pages.map((page) => page.path);
    expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  });

  it('load a page when it is opened, and only for the roles it is for', async () => {
    const load = vi.fn(async () => () => <h1>Arkivet</h1>);
    const archive = defineWebModule({
      name: 'archive',
      pages: [{ path: 'archive', access: 'organizer', load }],
    });
    function App() {
      return useRoutes(moduleRoutes([archive]));
    }
    renderWithProviders(<App />, { path: '/archive', session: sessionAs('coordinator') });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har inte behörighet till det här.',
    );
    expect(load).not.toHaveBeenCalled();
    cleanup();

    renderWithProviders(<App />, { path: '/archive', session: sessionAs('organizer') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Arkivet' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
