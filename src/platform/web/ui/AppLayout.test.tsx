// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { type Session } from '../../shared/session.contract.ts';
import type { Role } from '../../shared/atoms.ts';
import { AppLayout } from './AppLayout.tsx';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';

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
    organization: {
      id: '33333333-3333-4333-8333-333333333333',
      slug: 'huddinge',
      name: 'Vänsterpartiet Huddinge',
    },
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

function renderShell(role: Role, path = '/groups') {
  return renderWithProviders(
    <Routes>
      <Route element={<AppLayout session={sessionAs(role)} />}>
        <Route path="*" element={<h1>Sidinnehåll</h1>} />
      </Route>
    </Routes>,
    { path },
  );
}

// happy-dom evaluates Mantine's hiddenFrom/visibleFrom media queries against this size.
function setViewport(width: number, height: number): void {
  (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
    width,
    height,
  });
}

afterEach(() => {
  cleanup();
  setViewport(1024, 768);
  localStorage.clear();
});

describe('AppLayout', () => {
  it('on a phone, navigates with a bottom bar: Min sida, Aktiviteter, Lokalgrupper, Möten, Mer, named as in the sidebar', () => {
    setViewport(390, 844);
    renderShell('activist', '/groups');
    // Only one main navigation is visible at a time; on a phone it is the bottom bar.
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(nav.closest('footer')).toBeTruthy();
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Min sida',
      'Aktiviteter',
      'Lokalgrupper',
      'Möten',
      'Mer',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/me',
      '/feed',
      '/groups',
      '/meetings',
      '/more',
    ]);
    expect(
      within(nav).getByRole('link', { name: 'Lokalgrupper' }).getAttribute('aria-current'),
    ).toBe('page');
  });

  it('on a laptop, navigates with a sidebar instead', () => {
    setViewport(1366, 768);
    renderShell('activist', '/groups');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(nav.closest('footer')).toBeNull();
    expect(
      within(nav).getByRole('link', { name: 'Lokalgrupper' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.queryByRole('link', { name: 'Mer' })).toBeNull();
  });

  it('shows organizer and admin links in the sidebar only to those roles', () => {
    renderShell('activist');
    expect(screen.queryByRole('link', { name: 'Konton och inbjudningar' })).toBeNull();
    cleanup();

    renderShell('organizer');
    expect(screen.getByRole('link', { name: 'Konton och inbjudningar' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Utkorg för e-post' })).toBeNull();
    cleanup();

    renderShell('admin');
    expect(screen.getByRole('link', { name: 'Konton och inbjudningar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Utkorg för e-post' })).toBeTruthy();
  });

  it('has landmarks and a skip link as the first focusable element', async () => {
    const user = userEvent.setup();
    renderShell('activist');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main-content');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Hoppa till innehållet');
    expect(document.activeElement?.getAttribute('href')).toBe('#main-content');
  });

  it('switches language, remembers it and updates <html lang>', async () => {
    const user = userEvent.setup();
    renderShell('activist');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('link', { name: 'My page' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('grasrot.locale')).toBe('en');
  });
});
