// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { PeoplePage } from './PeoplePage.tsx';
import { buildPerson, tagList } from '../register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';

const eva = buildPerson();
const per = buildPerson({
  id: '66666666-6666-4666-8666-666666666666',
  firstName: 'Per',
  lastName: 'Lindqvist',
  isMember: false,
  memberNumber: null,
  tags: [],
  email: null,
  phone: null,
});

function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

function renderPeople(path = '/people') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/people"
        element={
          <>
            <PeoplePage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { path, session: sessionAs('organizer') },
  );
}

let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  fetchMock = stubFetch((url, init) => {
    if (url.startsWith('/api/people/tags')) return json({ changed: 2 });
    if (url.startsWith('/api/people')) return json({ items: [eva, per], total: 312 });
    if (url.startsWith('/api/tags')) return json(tagList);
    if (url.startsWith('/api/local-groups')) return json({ items: [] });
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PeoplePage', () => {
  it('lists people with their group, member number, tags and contact details', async () => {
    renderPeople();
    expect(await screen.findByText('Visar 1–50 av 312')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Medlemmar och kontakter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Eva Eriksson' }).getAttribute('href')).toBe(
      `/people/${eva.id}`,
    );
    // Contact details never break inside an address: the table scrolls sideways instead.
    const phone = screen.getByRole('link', { name: '070-123 45 67' });
    expect(phone.closest('td')!.style.whiteSpace).toBe('nowrap');
    expect(screen.getByText('Valarbetare')).toBeTruthy();
    expect(screen.getByText('10234')).toBeTruthy();
  });

  it('puts the search in the address once typing pauses, and searches for it', async () => {
    const user = userEvent.setup();
    renderPeople();
    await screen.findByText('Visar 1–50 av 312');
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'eva 070');
    await waitFor(() => expect(screen.getByTestId('search').textContent).toBe('?q=eva+070'));
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
        '/api/people?q=eva+070&limit=50&offset=0',
      ),
    );
  });

  it('reads the search and page from the address', async () => {
    renderPeople('/people?q=eva&page=2');
    expect(await screen.findByText('Visar 51–100 av 312')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Sök' }) as HTMLInputElement).value).toBe('eva');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/people?q=eva&limit=50&offset=50',
    );
  });

  it('tags the selected people in bulk and says how many it changed', async () => {
    const user = userEvent.setup();
    renderPeople();
    await screen.findByText('Visar 1–50 av 312');
    expect(screen.queryByRole('region', { name: /valda/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Välj alla på sidan' }));
    const bar = screen.getByRole('region', { name: '2 valda' });
    await waitFor(() =>
      expect(within(bar).getByRole('option', { name: 'Dörrknackare' })).toBeTruthy(),
    );
    await user.selectOptions(within(bar).getByLabelText('Tagg'), 'Dörrknackare');
    await user.click(within(bar).getByRole('button', { name: 'Lägg till tagg' }));
    expect(await within(bar).findByText('Taggen lades till på 2 personer.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/people/tags');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      personIds: [eva.id, per.id],
      tagIds: ['88888888-8888-4888-8888-888888888888'],
      action: 'add',
    });
  });
});
