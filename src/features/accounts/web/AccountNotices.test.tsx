// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { AccountNotices } from './AccountNotices.tsx';

// On "Min sida": a link for a new password an admin made for this account.

const notice = {
  id: '77777777-7777-4777-8777-777777777777',
  kind: 'reset_link_created',
  createdAt: '2026-03-12T13:05:00.000Z',
  adminName: 'Berit Admin',
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AccountNotices', () => {
  it('names the admin and the time, and says whom to contact', async () => {
    stubFetch(() => json({ items: [notice] }));
    renderWithProviders(<AccountNotices />, { session: sessionAs('activist') });
    const alert = await screen.findByText(/En administratör, Berit Admin, skapade en länk/);
    expect(alert.textContent).toMatch(/den 12 mars 2026 kl\. \d\d:05/);
    expect(alert.textContent).toMatch(/Var det inte du som bad om det, kontakta/);
  });

  it('once seen, is gone in this browser only', async () => {
    stubFetch(() => json({ items: [notice] }));
    const user = userEvent.setup();
    renderWithProviders(<AccountNotices />, { session: sessionAs('activist') });
    await user.click(await screen.findByRole('button', { name: 'Jag har sett det' }));
    await waitFor(() => expect(screen.queryByText(/Berit Admin/)).toBeNull());
    cleanup();
    renderWithProviders(<AccountNotices />, { session: sessionAs('activist') });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/Berit Admin/)).toBeNull();
    // Another browser (nothing stored) still shows it.
    localStorage.clear();
    cleanup();
    renderWithProviders(<AccountNotices />, { session: sessionAs('activist') });
    expect(await screen.findByText(/Berit Admin/)).toBeTruthy();
  });

  it('shows nothing when there is nothing to tell', async () => {
    const fetchMock = stubFetch(() => json({ items: [] }));
    renderWithProviders(<AccountNotices />, { session: sessionAs('activist') });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/administratör/)).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
