// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { CommitteesPage } from './CommitteesPage.tsx';

const person = (n: number, title: string) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  firstName: `Person${n}`,
  lastName: 'Svensson',
  title,
});
const committees = {
  items: [
    {
      id: '10000000-0000-4000-8000-000000000001',
      name: 'Valberedningen',
      kind: 'working_group',
      members: [person(1, 'ledamot'), person(2, 'sammankallande')],
    },
    {
      id: '10000000-0000-4000-8000-000000000002',
      name: 'Styrelsen',
      kind: 'board',
      members: [
        person(3, 'ledamot'),
        person(4, 'sekreterare'),
        person(5, 'vice ordförande'),
        person(6, 'kassör'),
        person(7, 'ordförande'),
        person(8, 'ersättare'),
      ],
    },
  ],
};

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  // The committees; anything else (the session, sections other features place on the page) is
  // answered as for nobody logged in.
  fetchMock.mockImplementation(async (url) =>
    String(url).startsWith('/api/committees')
      ? new Response(JSON.stringify(committees), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        })
      : new Response(null, { status: 401 }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CommitteesPage', () => {
  it('lists the board first, by office, without a badge that repeats its name', async () => {
    renderWithProviders(<CommitteesPage />);
    const board = await screen.findByRole('article', { name: 'Styrelsen' });
    const titles = within(board)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.split(' – ')[1]);
    expect(titles).toEqual([
      'ordförande',
      'vice ordförande',
      'kassör',
      'sekreterare',
      'ledamot',
      'ersättare',
    ]);
    expect(within(board).queryByText('Styrelse')).toBeNull();
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['Styrelsen', 'Valberedningen']);
    const working = screen.getByRole('article', { name: 'Valberedningen' });
    expect(within(working).getByText('Arbetsgrupp')).toBeTruthy();
  });
});
