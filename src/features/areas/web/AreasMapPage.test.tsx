// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { AreasMapPage } from './AreasMapPage.tsx';
import { mapAnswer } from './map-testing.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The district names in the table's row order. */
async function tableOrder() {
  const table = await screen.findByRole('table', { name: 'Valdistrikten i tabellform' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
}

function renderPage(posts: Array<{ url: string; body: unknown }> = []) {
  stubFetch((url, init) => {
    if (init?.method === 'POST') {
      const body: unknown = JSON.parse(String(init.body));
      posts.push({ url, body });
      return json(
        {
          id: '55555555-5555-4555-8555-555555555555',
          createdAt: '2026-01-01T00:00:00.000Z',
          ...(body as object),
        },
        201,
      );
    }
    if (url.startsWith('/api/areas/priority-areas')) return json({ items: [] });
    return mapAnswer(url) ?? json(sessionAs('organizer'));
  });
  renderWithProviders(<AreasMapPage />, { session: sessionAs('organizer') });
}

describe('the areas map page', () => {
  it('ranks by the weights, highest priority first, and re-ranks as a slider moves', async () => {
    renderPage();
    // low turnout and V share alike: Vårby (V 40 %), Flemingsberg (turnout 60 %), Centrum
    await waitFor(async () =>
      expect(await tableOrder()).toEqual(['Vårby', 'Flemingsberg', 'Centrum']),
    );
    const share = screen.getByRole('slider', { name: 'Hög andel V' });
    share.focus();
    const user = userEvent.setup();
    await user.keyboard('{Home}');
    expect(await tableOrder()).toEqual(['Flemingsberg', 'Vårby', 'Centrum']);
  });

  it('sorts the table by a header, and says so with aria-sort', async () => {
    renderPage();
    const user = userEvent.setup();
    const header = await screen.findByRole('columnheader', { name: /Valdeltagande/ });
    expect(header.getAttribute('aria-sort')).toBeNull();
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(await tableOrder()).toEqual(['Centrum', 'Vårby', 'Flemingsberg']);
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(await tableOrder()).toEqual(['Flemingsberg', 'Vårby', 'Centrum']);
    expect(
      screen.getAllByText('Källa: Valmyndigheten; bearbetning av SCB:s valstatistik 2022').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('saves the top of the ranking as a priority area', async () => {
    const posts: Array<{ url: string; body: unknown }> = [];
    renderPage(posts);
    const user = userEvent.setup();
    const count = await screen.findByRole('textbox', { name: 'Antal' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('button', { name: 'Välj de 2 högst rankade' }));
    screen.getByText('2 valdistrikt valda');
    expect((screen.getByRole('checkbox', { name: 'Välj Vårby' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Det prioriterade områdets namn' }),
      'Söder',
    );
    await user.click(screen.getByRole('button', { name: 'Spara som prioriterat område' }));
    await waitFor(() =>
      expect(posts).toContainEqual({
        url: '/api/areas/priority-areas',
        body: { name: 'Söder', districtCodes: ['01260003', '01260002'] },
      }),
    );
  });
});
