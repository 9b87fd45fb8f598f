// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { buildList, listId } from './lists.fixtures.ts';
import { ListsPage } from './ListsPage.tsx';

const theirs = buildList({
  id: '12121212-1212-4121-8121-121212121212',
  name: 'Ringlista före valet',
  description: '',
  isMine: false,
  isShared: true,
  owner: {
    accountId: '13131313-1313-4131-8131-131313131313',
    firstName: 'Omar',
    lastName: 'Hassan',
  },
});

let items = [buildList(), theirs];
beforeEach(() => {
  items = [buildList(), theirs];
  stubFetch((url) => {
    if (url === '/api/lists') return json({ items });
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ListsPage', () => {
  it('lists mine and those shared with me, with owner and sharing', async () => {
    renderWithProviders(<ListsPage />, { session: sessionAs('organizer') });
    const mine = (await screen.findByRole('link', { name: 'Valarbetare i Flemingsberg' })).closest(
      'li',
    )!;
    expect(mine.querySelector('a')?.getAttribute('href')).toBe(`/lists/${listId}`);
    expect(within(mine).getByText('Att ringa inför valet.')).toBeTruthy();
    expect(within(mine).getByText('Din lista')).toBeTruthy();
    expect(within(mine).getByText('Bara för dig')).toBeTruthy();
    const shared = screen.getByRole('link', { name: 'Ringlista före valet' }).closest('li')!;
    expect(within(shared).getByText('Ägare: Omar Hassan')).toBeTruthy();
    expect(within(shared).getByText('Delad med organisatörer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ny lista' }).getAttribute('href')).toBe('/lists/new');
  });

  it('says there are none yet', async () => {
    items = [];
    renderWithProviders(<ListsPage />, { session: sessionAs('organizer') });
    expect(await screen.findByText(/Det finns inga listor än/)).toBeTruthy();
  });

  it('lets a long list name wrap inside its card', async () => {
    items = [buildList({ name: 'Medlemmarsomvillringaochknackadörrarinförvalet2026' })];
    renderWithProviders(<ListsPage />, { session: sessionAs('organizer') });
    const link = await screen.findByRole('link', {
      name: 'Medlemmarsomvillringaochknackadörrarinförvalet2026',
    });
    expect(link.classList.contains('wrap-anywhere')).toBe(true);
  });
});
