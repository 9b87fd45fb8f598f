// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { buildPerson, tagList } from '../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { ListPage } from './ListPage.tsx';
import { buildList, listId } from './lists.fixtures.ts';
import type { List } from './useLists.ts';

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

let saved: List;
let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  saved = buildList();
  fetchMock = stubFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url === `/api/lists/${listId}` && method === 'PATCH') {
      saved = { ...saved, ...(JSON.parse(String(init?.body)) as Partial<List>) };
      return json(saved);
    }
    if (url === `/api/lists/${listId}`) return json(saved);
    if (url.startsWith(`/api/lists/${listId}/people`))
      return json({ items: [eva, per], total: 120 });
    if (url === '/api/lists/export') {
      return json({
        filename: 'lista.csv',
        contentType: 'text/csv',
        contentBase64: 'YQ==',
        count: 120,
      });
    }
    if (url.startsWith('/api/tags')) return json(tagList);
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${method} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderList(path = `/lists/${listId}`) {
  return renderWithProviders(
    <Routes>
      <Route path="/lists/:id" element={<ListPage />} />
    </Routes>,
    { path, session: sessionAs('organizer') },
  );
}

function patches() {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PATCH')
    .map(([, init]) => JSON.parse(String(init?.body)) as unknown);
}
function peopleRequests() {
  return fetchMock.mock.calls
    .map(([url]) => String(url))
    .filter((url) => url.startsWith(`/api/lists/${listId}/people`));
}
function headers() {
  return screen.getAllByRole('columnheader').map((cell) => cell.textContent);
}

describe('ListPage', () => {
  it('shows who the list matches now, in the default columns, a page of 50 at a time', async () => {
    renderList();
    expect(await screen.findByText('Visar 1–50 av 120')).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Valarbetare i Flemingsberg' }),
    ).toBeTruthy();
    expect(screen.getByText('Din lista · Bara för dig')).toBeTruthy();
    expect(headers()).toEqual([
      '',
      'Namn ▲',
      'Lokalgrupp',
      'Medlemsnummer',
      'Taggar',
      'E-post',
      'Telefon',
    ]);
    expect(screen.getByRole('link', { name: 'Eva Eriksson' }).getAttribute('href')).toBe(
      `/people/${eva.id}`,
    );
    expect(screen.getByText('Sida 1 av 3')).toBeTruthy();
    expect(peopleRequests()).toEqual([`/api/lists/${listId}/people?limit=50&offset=0`]);
  });

  it('reads the page from the address', async () => {
    renderList(`/lists/${listId}?page=3`);
    expect(await screen.findByText('Visar 101–120 av 120')).toBeTruthy();
    expect(peopleRequests()).toEqual([`/api/lists/${listId}/people?limit=50&offset=100`]);
  });

  it('saves the columns chosen with the list, and shows them', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByText('Visar 1–50 av 120');
    await user.click(screen.getByRole('button', { name: 'Kolumner' }));
    await user.click(screen.getByRole('checkbox', { name: 'E-post' }));
    await user.click(screen.getByRole('checkbox', { name: 'Medlemskap' }));
    await waitFor(() =>
      expect(patches()).toEqual([
        { columns: ['firstName', 'lastName', 'localGroup', 'memberNumber', 'tags', 'phone'] },
        {
          columns: [
            'firstName',
            'lastName',
            'localGroup',
            'memberNumber',
            'isMember',
            'tags',
            'phone',
          ],
        },
      ]),
    );
    expect(headers()).toEqual([
      '',
      'Namn ▲',
      'Lokalgrupp',
      'Medlemsnummer',
      'Medlemskap',
      'Taggar',
      'Telefon',
    ]);
    const perRow = screen.getByRole('link', { name: 'Per Lindqvist' }).closest('tr')!;
    expect(within(perRow).getByText('Kontakt')).toBeTruthy();
  });

  it('saves the sort chosen in the select or by a column header, then fetches in that order', async () => {
    const user = userEvent.setup();
    renderList();
    await screen.findByText('Visar 1–50 av 120');
    await user.selectOptions(screen.getByLabelText('Sortera efter'), 'Förnamn A–Ö');
    await waitFor(() =>
      expect(patches()).toEqual([{ sort: { field: 'firstName', direction: 'asc' } }]),
    );
    await waitFor(() => expect(peopleRequests()).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Medlemsnummer' }));
    await user.click(screen.getByRole('button', { name: /Medlemsnummer/ }));
    await waitFor(() =>
      expect(patches().slice(1)).toEqual([
        { sort: { field: 'memberNumber', direction: 'asc' } },
        { sort: { field: 'memberNumber', direction: 'desc' } },
      ]),
    );
    const header = screen.getByRole('columnheader', { name: /Medlemsnummer/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect((screen.getByLabelText('Sortera efter') as HTMLSelectElement).value).toBe(
      'memberNumber.desc',
    );
  });

  it('tags the people selected and exports the list', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }),
    );
    renderList();
    await screen.findByText('Visar 1–50 av 120');
    await user.click(screen.getByRole('checkbox', { name: 'Välj Per Lindqvist' }));
    expect(screen.getByRole('region', { name: '1 vald' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Exportera' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (Excel)' }));
    expect(await screen.findByText('120 personer exporterades till lista.csv.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/lists/export');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ format: 'csv', listId });
  });
});
