// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';

const token = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const karin = {
  email: 'karin.nystrom@example.org',
  firstName: 'Karin',
  lastName: 'Nyström',
  organizationName: 'Vänsterpartiet Huddinge',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The page at a link whose lookup answers `lookup`; a helper to type a password. */
async function openLink(lookup: Response) {
  const fetchMock = stubFetch(() => lookup);
  renderWithProviders(<ResetPasswordPage />, { path: `/reset-password#token=${token}` });
  const user = userEvent.setup();
  const type = async (password: string) => {
    const field = await screen.findByLabelText(/Nytt lösenord/);
    await user.clear(field);
    await user.click(field);
    await user.paste(password);
  };
  return { fetchMock, type };
}

/** The verdict the bar speaks, once it says something other than that it is still checking. */
async function verdict() {
  const bar = await screen.findByRole('progressbar', { name: 'Lösenordets styrka' });
  await vi.waitFor(() => expect(bar.getAttribute('aria-valuetext')).not.toBe('Kontrollerar…'), {
    timeout: 5000,
  });
  return bar.getAttribute('aria-valuetext');
}

describe('ResetPasswordPage', () => {
  it("names the link's account and rates the password as the server will, with the reason", async () => {
    const { fetchMock, type } = await openLink(json(karin));
    expect(await screen.findByText('Kontot gäller Karin Nyström, karin.nystrom@example.org.'));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ token });
    expect(screen.queryByRole('progressbar')).toBeNull();

    await type('kort');
    expect(await verdict()).toBe('För kort');
    expect(screen.getByText('Lösenordet måste ha minst 10 tecken.')).toBeTruthy();

    await type('Password2026!');
    expect(await verdict()).toBe('Vanligt lösenord – välj ett annat');
    expect(screen.getByText(/finns i listor som angripare provar först/)).toBeTruthy();

    // Only the lookup tells the meter the name: the server refuses this one.
    await type('KarinNystrom1');
    expect(await verdict()).toBe('Lätt att gissa – välj ett annat');
    expect(screen.getByText(/bygger på ditt namn, din e-postadress/)).toBeTruthy();

    await type('abcdefghij1');
    expect(await verdict()).toBe('Svagt');
    expect(screen.getByText(/godtas, men det går att gissa/)).toBeTruthy();

    await type('karin cyklar till vårby gård');
    expect(await verdict()).toBe('Starkt');
    expect(screen.queryByText(/godtas, men/)).toBeNull();
  }, 20_000);

  it('says at once that a used or expired link no longer works, and asks for no password', async () => {
    await openLink(
      json(
        {
          type: '/problems/bad_request',
          title: 'Bad request',
          status: 400,
          code: 'bad_request',
          errors: [{ path: 'body.token', code: 'invalid_token', message: 'Invalid' }],
        },
        400,
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/fungerar inte längre/);
    expect(screen.queryByLabelText(/Nytt lösenord/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Be om en ny länk' })).toBeTruthy();
  });
});
