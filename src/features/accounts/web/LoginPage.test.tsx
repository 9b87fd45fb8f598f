// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { LoginPage } from './LoginPage.tsx';

const fetchMock = vi.fn<typeof fetch>();

function problem(status: number, code: string, errors: unknown[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

function renderLogin(locale: 'sv' | 'en' = 'sv') {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/me" element={<p>Min sida-sidan</p>} />
    </Routes>,
    { path: '/login', locale },
  );
}

/** Nobody is logged in; the login request gets `answer`. */
function answerLogin(answer: () => Response): void {
  fetchMock.mockImplementation(async (url) =>
    String(url) === '/api/auth/session' ? problem(401, 'unauthenticated') : answer(),
  );
}

function loginCalls(): string[] {
  return fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('login'));
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  answerLogin(() => problem(500, 'internal'));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('shows a translated error on 401 and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/E-postadress/), 'anna@example.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'fel-lösenord');
    answerLogin(() => problem(401, 'unauthenticated'));
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Fel e-postadress eller lösenord.',
    );
    expect(screen.getByLabelText(/E-postadress/)).toHaveProperty('value', 'anna@example.se');
    expect(screen.getByLabelText(/^Lösenord/)).toHaveProperty('value', 'fel-lösenord');
    expect(loginCalls()).toEqual(['/api/auth/login']);
  });

  it('in English, shows the English message', async () => {
    const user = userEvent.setup();
    renderLogin('en');
    await user.type(screen.getByLabelText(/Email address/), 'anna@example.se');
    await user.type(screen.getByLabelText(/^Password/), 'wrong');
    answerLogin(() => problem(401, 'unauthenticated'));
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email address or password.');
  });

  it('checks the address with the contract schema before sending anything', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/E-postadress/), 'anna.example.se');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByText(/Skriv en giltig e-postadress/)).toBeTruthy();
    expect(await screen.findByText('Fyll i ditt lösenord.')).toBeTruthy();
    // Focus moves to the first field to correct, so a screen reader announces its error.
    expect(document.activeElement).toBe(screen.getByLabelText(/E-postadress/));
    expect(loginCalls()).toEqual([]);
  });

  it('shows the server’s field errors by their code, not its English message', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/E-postadress/), 'anna@example.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'hemligt');
    answerLogin(() =>
      problem(400, 'validation', [
        { path: 'body.email', code: 'invalid_format', message: 'Invalid email address' },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText(/Skriv en giltig e-postadress/)).toBeTruthy();
    expect(screen.queryByText('Invalid email address')).toBeNull();
  });

  it('tells how long to wait when there were too many attempts', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/E-postadress/), 'anna@example.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'hemligt');
    answerLogin(() => {
      const tooMany = problem(429, 'too_many_requests');
      tooMany.headers.set('retry-after', '300');
      return tooMany;
    });
    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'För många försök. Försök igen om 5 minuter.',
    );
  });

  it('goes to Min sida after logging in', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/E-postadress/), 'Anna@Example.se');
    await user.type(screen.getByLabelText(/^Lösenord/), 'rätt lösenord');
    answerLogin(
      () =>
        new Response(
          JSON.stringify({
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
              name: 'Vänsterpartiet Huddinge',
            },
            csrfToken: 'token',
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    );
    await user.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByText('Min sida-sidan')).toBeTruthy();
  });
});
