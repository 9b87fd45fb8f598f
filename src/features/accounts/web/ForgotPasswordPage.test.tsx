// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';

const fetchMock = vi.fn<typeof fetch>();

function answer(isMailConfigured: boolean) {
  fetchMock.mockResolvedValue(
    new Response(JSON.stringify({ ok: true, isMailConfigured }), {
      status: 202,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function ask() {
  const user = userEvent.setup();
  renderWithProviders(<ForgotPasswordPage />, { path: '/forgot-password' });
  await user.type(screen.getByLabelText(/E-postadress/), 'anna@example.se');
  await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
  return (await screen.findByRole('status')).textContent ?? '';
}

describe('ForgotPasswordPage', () => {
  it('says a link was sent when the server sends e-mail', async () => {
    answer(true);
    expect(await ask()).toMatch(/^Om det finns ett konto för anna@example.se har vi skickat/);
  });

  it('without e-mail, says so and points to an administrator, whether or not the account exists', async () => {
    answer(false);
    const text = await ask();
    expect(text).toMatch(/kan inte skicka e-post/);
    expect(text).toMatch(/Be en administratör/);
    expect(text).not.toMatch(/har vi skickat/);
  });
});
