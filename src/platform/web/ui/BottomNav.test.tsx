// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { BottomNav } from './BottomNav.tsx';
import { MorePage } from './MorePage.tsx';
import type { NavEntry } from './navigation.ts';
import { ShellProvider } from './shell.tsx';
import { sessionAs } from '../web-testing.ts';

// The bottom bar keeps room for the thumb whatever the number of modules with a main link:
// the first four by order, then "Mer", which lists the rest.

const session = sessionAs('activist');

const six: NavEntry[] = [
  { menu: 'main', order: 60, to: '/notices', label: 'nav.me', icon: { path: 'M4 4h16v16H4Z' } },
  { menu: 'main', order: 10, to: '/me', label: 'nav.me', icon: 'me' },
  { menu: 'main', order: 20, to: '/feed', label: 'feed.nav', icon: 'activities' },
  { menu: 'main', order: 30, to: '/groups', label: 'nav.groups', icon: 'groups' },
  { menu: 'main', order: 40, to: '/committees', label: 'nav.committees', icon: 'committees' },
  { menu: 'main', order: 50, to: '/meetings', label: 'nav.more' },
];

afterEach(cleanup);

it('holds the first four main links by order and "Mer"; "Mer" lists the others', () => {
  renderWithProviders(
    <ShellProvider value={{ headerTools: [], navigation: six }}>
      <BottomNav />
      <MorePage />
    </ShellProvider>,
    { session },
  );
  const bar = screen.getByRole('navigation', { name: 'Huvudmeny' });
  expect(
    within(bar)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')),
  ).toEqual(['/me', '/feed', '/groups', '/committees', '/more']);
  const rest = screen.getByRole('navigation', { name: 'Fler sidor' });
  const links = within(rest).getAllByRole('link');
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['/meetings', '/notices']);
  // A module's own icon is drawn from its path.
  expect(links[1]!.querySelector('path')?.getAttribute('d')).toBe('M4 4h16v16H4Z');
});
