// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { AccountsAdminPage } from './AccountsAdminPage.tsx';

// On the accounts page an admin can make a link for a new password for anyone but themselves:
// asked first, shown once, gone when the dialog closes.

const self = sessionAs('admin');
const lars = {
  id: '55555555-5555-4555-8555-555555555555',
  email: 'lars@example.org',
  role: 'activist',
  personId: '66666666-6666-4666-8666-666666666666',
  firstName: 'Lars',
  lastName: 'Andersson',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastLoginAt: null,
};
const me = {
  ...lars,
  id: self.user.id,
  email: self.user.email,
  role: 'admin',
  personId: self.user.personId,
  firstName: self.user.firstName,
  lastName: self.user.lastName,
};
const link = 'http://127.0.0.1/reset-password#token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function renderPage() {
  const fetchMock = stubFetch((url, init) => {
    if (url === '/api/accounts') return json({ items: [lars, me] });
    if (url === `/api/accounts/${lars.id}/reset-link` && init?.method === 'POST') {
      return json({ link, expiresAt: '2026-12-02T10:00:00.000Z' }, 201);
    }
    return json({ items: [] });
  });
  renderWithProviders(<AccountsAdminPage />, { session: self });
  return fetchMock;
}

const posts = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url]) => String(url));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AccountResetLink', () => {
  it('is offered for others, not for oneself', async () => {
    renderPage();
    expect(
      await screen.findByRole('button', {
        name: 'Skapa länk för nytt lösenord åt Lars Andersson',
      }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Skapa länk för nytt lösenord/ })).toHaveLength(1);
  });

  it('asks first, saying the person is told, and makes nothing on "Avbryt"', async () => {
    const user = userEvent.setup();
    const fetchMock = renderPage();
    await user.click(
      await screen.findByRole('button', { name: /nytt lösenord åt Lars Andersson/ }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Skapa en länk för nytt lösenord åt Lars Andersson?',
    });
    expect(dialog.textContent).toMatch(/får ett mejl om att du skapade den/);
    expect(dialog.textContent).toMatch(/visas bara en gång/);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts(fetchMock)).toEqual([]);
  });

  it('shows the link once, ready to copy, and not again after closing', async () => {
    const user = userEvent.setup();
    const fetchMock = renderPage();
    const open = await screen.findByRole('button', { name: /nytt lösenord åt Lars Andersson/ });
    await user.click(open);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa länk' }));
    const field = await within(dialog).findByLabelText(
      'Länk för nytt lösenord till Lars Andersson',
    );
    expect(field).toHaveProperty('value', link);
    expect(within(dialog).getByRole('status').textContent).toMatch(/visas bara nu/);
    expect(posts(fetchMock)).toEqual([`/api/accounts/${lars.id}/reset-link`]);

    // The dialog's own button (the corner's × has the same name).
    await user.click(within(dialog).getAllByRole('button', { name: 'Stäng' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(open);
    const again = await screen.findByRole('dialog');
    expect(within(again).queryByDisplayValue(link)).toBeNull();
    expect(within(again).getByRole('button', { name: 'Skapa länk' })).toBeTruthy();
  });
});
