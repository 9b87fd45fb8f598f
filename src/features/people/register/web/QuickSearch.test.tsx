// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { QuickSearch } from './QuickSearch.tsx';
import { buildPerson } from './register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';

const eva = buildPerson();
const evert = buildPerson({
  id: '66666666-6666-4666-8666-666666666666',
  firstName: 'Evert',
  lastName: 'Berg',
});

function Where() {
  const { pathname, search } = useLocation();
  return <output data-testid="where">{pathname + search}</output>;
}

function renderSearch() {
  return renderWithProviders(
    <Routes>
      <Route
        path="*"
        element={
          <>
            <QuickSearch />
            <Where />
          </>
        }
      />
    </Routes>,
    { path: '/groups', session: sessionAs('coordinator') },
  );
}

let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  fetchMock = stubFetch(() => json({ items: [eva, evert], total: 2 }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('QuickSearch', () => {
  it('shows the first matches as options and opens the one picked with the arrow keys', async () => {
    const user = userEvent.setup();
    renderSearch();
    const input = screen.getByRole('combobox', { name: 'Sök medlem eller kontakt' });
    await user.type(input, 'ev');
    expect(await screen.findByRole('option', { name: /Evert Berg/ })).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/api/people?q=ev&limit=8');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /Evert Berg/ }).id,
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe(`/people/${evert.id}`),
    );
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('opens the full list of matches on Enter when no match is picked', async () => {
    const user = userEvent.setup();
    renderSearch();
    const input = screen.getByRole('combobox', { name: 'Sök medlem eller kontakt' });
    await user.type(input, 'eva e{Enter}');
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/people?q=eva%20e'));
  });

  it('closes the matches on Escape', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.type(screen.getByRole('combobox'), 'ev');
    await screen.findByRole('option', { name: /Eva Eriksson/ });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('option', { name: /Eva Eriksson/ })).toBeNull());
  });

  it('opens the person clicked in the list of matches', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.type(screen.getByRole('combobox'), 'ev');
    const option = await screen.findByRole('option', { name: /Eva Eriksson/ });
    expect(screen.getByRole('listbox', { name: 'Träffar' }).contains(option)).toBe(true);
    await user.click(option);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe(`/people/${eva.id}`));
  });
});
