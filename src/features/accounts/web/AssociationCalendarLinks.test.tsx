// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { LoginPage } from './LoginPage.tsx';

// A visitor sent to the login page (from `/`) finds the association's public calendar there.

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (url) =>
    String(url) === '/api/public/organizations'
      ? json({ items: [{ slug: 'huddinge', name: 'Vänsterpartiet Huddinge' }] })
      : new Response(
          JSON.stringify({ type: 'about:blank', title: 'x', status: 401, code: 'unauthenticated' }),
          { status: 401, headers: { 'content-type': 'application/problem+json' } },
        ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it("links each association's public calendar, as a whole page load", async () => {
  renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
    </Routes>,
    { path: '/login' },
  );
  const link = await screen.findByRole('link', { name: 'Vänsterpartiet Huddinge – kalendarium' });
  expect(link.getAttribute('href')).toBe('/o/huddinge');
});
