// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from './router.tsx';
import { renderWithProviders } from './renderWithProviders.tsx';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const unauthenticated = {
  type: 'about:blank',
  title: 'x',
  status: 401,
  code: 'unauthenticated',
  errors: [],
};
const session = {
  user: {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'anna@example.se',
    role: 'activist',
    personId: '22222222-2222-4222-8222-222222222222',
    firstName: 'Anna',
    lastName: 'Svensson',
    coordinatedLocalGroupIds: [],
  },
  organization: {
    id: '33333333-3333-4333-8333-333333333333',
    slug: 'huddinge',
    name: 'V Huddinge',
  },
  csrfToken: 'token',
};
const myPage = {
  profile: {
    id: '22222222-2222-4222-8222-222222222222',
    firstName: 'Anna',
    lastName: 'Svensson',
    email: 'anna@example.se',
    phone: null,
    isMember: true,
    localGroup: null,
  },
  groups: [],
};

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('routes', () => {
  it('sends a visitor who is not logged in from a member page to the login page', async () => {
    fetchMock.mockResolvedValue(answer(401, unauthenticated));
    renderWithProviders(<AppRoutes />, { path: '/groups' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeTruthy();
  });

  it('sends a logged-in person from / to Min sida, with an honest empty state for shifts', async () => {
    const answers: Record<string, unknown> = {
      '/api/auth/session': session,
      '/api/me/activities': { signups: [], groupActivities: [] },
      '/api/me/calendar-feed': { isActive: false, createdAt: null, lastUsedAt: null },
    };
    fetchMock.mockImplementation(async (url) => answer(200, answers[String(url)] ?? myPage));
    renderWithProviders(<AppRoutes />, { path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hej Anna!' })).toBeTruthy();
    expect(await screen.findByText('Du har inga kommande pass ännu.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows a not-found page for unknown addresses', async () => {
    fetchMock.mockResolvedValue(answer(401, unauthenticated));
    renderWithProviders(<AppRoutes />, { path: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeTruthy();
  });

  it('keeps the navigation on an unknown address when logged in', async () => {
    fetchMock.mockResolvedValue(answer(200, session));
    renderWithProviders(<AppRoutes />, { path: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('does not show organizer pages to an activist', async () => {
    fetchMock.mockResolvedValue(answer(200, session));
    renderWithProviders(<AppRoutes />, { path: '/admin/accounts' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har inte behörighet till det här.',
    );
  });
});
