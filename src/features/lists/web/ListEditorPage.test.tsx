// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { tagList } from '../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { ListEditorPage } from './ListEditorPage.tsx';
import { buildList, listId } from './lists.fixtures.ts';

function Where() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function renderEditor(path: string) {
  return renderWithProviders(
    <>
      <Routes>
        <Route path="/lists/new" element={<ListEditorPage />} />
        <Route path="/lists/:id/edit" element={<ListEditorPage />} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </>,
    { path, session: sessionAs('organizer') },
  );
}

let list = buildList();
let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  list = buildList();
  fetchMock = stubFetch((url, init) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as object) : {};
    if (url === '/api/people/search') return json({ items: [], total: 40 });
    if (url === '/api/lists' && method === 'POST') return json({ ...list, ...body }, 201);
    if (url === `/api/lists/${listId}` && method === 'PATCH') return json({ ...list, ...body });
    if (url === `/api/lists/${listId}` && method === 'DELETE') return json({ ok: true });
    if (url === `/api/lists/${listId}`) return json(list);
    if (url === '/api/lists') return json({ items: [] });
    if (url.startsWith('/api/tags')) return json(tagList);
    if (url.startsWith('/api/local-groups')) return json({ items: [] });
    if (url.startsWith('/api/custom-fields')) return json({ items: [] });
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${method} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function sent(method: string) {
  return fetchMock.mock.calls
    .filter(([url, init]) => String(url).startsWith('/api/lists') && init?.method === method)
    .map(([, init]) => (init?.body ? (JSON.parse(String(init.body)) as unknown) : null));
}

describe('ListEditorPage', () => {
  it('saves a new list once it has a name and complete conditions, then opens it', async () => {
    const user = userEvent.setup();
    renderEditor('/lists/new');
    expect(await screen.findByText('40 personer matchar')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara listan' }));
    expect(screen.getByText('Ge listan ett namn.')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Namn' }), 'Nya kontakter');
    // Mended: the error goes as soon as a name is typed, not at the next save.
    expect(screen.queryByText('Ge listan ett namn.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lägg till villkor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Kön' }));
    await user.click(screen.getByRole('button', { name: 'Spara listan' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Fyll i eller ta bort de villkor som saknar något innan du sparar.',
    );
    expect(sent('POST')).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Kvinna' }));
    await user.click(screen.getByRole('switch', { name: /^Dela med andra organisatörer/ }));
    await user.click(screen.getByRole('button', { name: 'Spara listan' }));
    await waitFor(() => expect(screen.getByTestId('path').textContent).toBe(`/lists/${listId}`));
    expect(sent('POST')).toEqual([
      {
        name: 'Nya kontakter',
        description: '',
        isShared: true,
        filter: {
          type: 'group',
          op: 'and',
          not: false,
          conditions: [{ type: 'gender', genders: ['woman'] }],
        },
      },
    ]);
  });

  it('changes a saved list, starting from its filter', async () => {
    const user = userEvent.setup();
    renderEditor(`/lists/${listId}/edit`);
    expect(
      await screen.findByRole('heading', { name: 'Ändra Valarbetare i Flemingsberg' }),
    ).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Medlem eller kontakt' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Medlemskap'), 'Kontakter (inte medlemmar)');
    await user.click(screen.getByRole('button', { name: 'Spara listan' }));
    await waitFor(() => expect(screen.getByTestId('path').textContent).toBe(`/lists/${listId}`));
    expect(sent('PATCH')).toEqual([
      {
        name: 'Valarbetare i Flemingsberg',
        description: 'Att ringa inför valet.',
        isShared: false,
        filter: {
          type: 'group',
          op: 'and',
          not: false,
          conditions: [{ type: 'membership', isMember: false }],
        },
      },
    ]);
  });

  it('lets the owner delete the list after confirming', async () => {
    const user = userEvent.setup();
    renderEditor(`/lists/${listId}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort listan' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Ta bort Valarbetare i Flemingsberg?',
    });
    expect(sent('DELETE')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort listan' }));
    await waitFor(() => expect(screen.getByTestId('path').textContent).toBe('/lists'));
    expect(sent('DELETE')).toEqual([null]);
  });

  it('offers someone else’s shared list no delete and no unsharing', async () => {
    list = buildList({ isMine: false, isShared: true });
    renderEditor(`/lists/${listId}/edit`);
    const share = await screen.findByRole('switch', { name: /^Dela med andra organisatörer/ });
    expect((share as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Bara ägaren kan sluta dela listan.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort listan' })).toBeNull();
  });
});
