// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import { ExportButton } from './ExportButton.tsx';
import { usePeopleExport } from './usePeopleExport.ts';

function Register() {
  const exporting = usePeopleExport({ q: 'eva', localGroupId: '', isMember: '', page: 1 });
  return <ExportButton exporting={exporting} />;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ExportButton', () => {
  it('opens the choice of format on the first press and exports the one picked', async () => {
    const fetchMock = stubFetch(() =>
      json({ filename: 'personer.csv', contentType: 'text/csv', contentBase64: '', count: 0 }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Register />, { path: '/people', session: sessionAs('organizer') });
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    await user.click(await screen.findByRole('menuitem', { name: /CSV/ }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/people/export')).toBe(true),
    );
    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/people/export');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ format: 'csv', q: 'eva' });
  });

  it('returns to the button when the menu is closed with Escape', async () => {
    stubFetch(() => json({}));
    const user = userEvent.setup();
    renderWithProviders(<Register />, { path: '/people', session: sessionAs('organizer') });
    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    await screen.findByRole('menuitem', { name: /CSV/ });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menuitem', { name: /CSV/ })).toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Exportera' })),
    );
  });
});
