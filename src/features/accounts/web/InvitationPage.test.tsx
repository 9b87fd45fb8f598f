// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { InvitationPage } from './InvitationPage.tsx';

const invitation = {
  email: 'omar.said@example.org',
  firstName: 'Omar',
  lastName: 'Said',
  role: 'activist',
  organizationName: 'Vänsterpartiet Flemingsberg',
};
const refusal = {
  type: '/problems/validation',
  title: 'Validation',
  status: 400,
  code: 'validation',
  errors: [{ path: 'body.password', code: 'personal_password', message: 'Too easy to guess' }],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function strength() {
  const bar = await screen.findByRole('progressbar', { name: 'Lösenordets styrka' });
  await vi.waitFor(() => expect(bar.getAttribute('aria-valuetext')).not.toBe('Kontrollerar…'), {
    timeout: 5000,
  });
  return { verdict: bar.getAttribute('aria-valuetext'), value: bar.getAttribute('aria-valuenow') };
}

describe('InvitationPage', () => {
  it("checks the password against the invited person's and the association's names", async () => {
    stubFetch((url) => (url.endsWith('/lookup') ? json(invitation) : json(refusal, 400)));
    renderWithProviders(<InvitationPage />, { path: '/invitation#token=' + 'x'.repeat(43) });
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/Nytt lösenord/);
    const type = async (password: string) => {
      await user.clear(field);
      await user.click(field);
      await user.paste(password);
    };

    await type('Flemingsberg2026!');
    expect(await strength()).toEqual({ verdict: 'Lätt att gissa – välj ett annat', value: '20' });
    const reason = /bygger på ditt namn, din e-postadress eller föreningens namn/;
    expect(screen.getAllByText(reason)).toHaveLength(1);

    await type('omarsaid123');
    expect((await strength()).verdict).toBe('Lätt att gissa – välj ett annat');

    // Saved anyway: the server's reason shows at the field, and the meter does not repeat it.
    await user.type(screen.getByLabelText(/Upprepa lösenordet/), 'omarsaid123');
    await user.click(screen.getByRole('button', { name: 'Ta emot inbjudan' }));
    expect(await screen.findByText('Rätta de markerade fälten.')).toBeTruthy();
    expect(screen.getAllByText(reason)).toHaveLength(1);

    await type('regn över Flemingsberg i maj');
    expect(await strength()).toEqual({ verdict: 'Starkt', value: '100' });
    expect(screen.queryByText(reason)).toBeNull();
  }, 20_000);
});
