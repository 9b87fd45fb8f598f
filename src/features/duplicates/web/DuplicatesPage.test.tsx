// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { buildPerson } from '../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { DuplicatesPage } from './DuplicatesPage.tsx';

// Reviewing possible duplicates: merge them or mark them as different. Invented people only.

const summary = (overrides: Parameters<typeof buildPerson>[0]) => {
  const { id, firstName, lastName, email, phone, isMember, memberNumber, localGroup, tags } =
    buildPerson(overrides);
  return { id, firstName, lastName, email, phone, isMember, memberNumber, localGroup, tags };
};
const kim = summary({
  id: '11111111-aaaa-4aaa-8aaa-111111111111',
  firstName: 'Kim',
  lastName: 'Berg',
  email: 'kim@example.se',
  memberNumber: '101',
});
const kimToo = summary({
  id: '22222222-aaaa-4aaa-8aaa-222222222222',
  firstName: 'Kimberly',
  lastName: 'Berg',
  email: 'KIM@example.se',
  memberNumber: null,
  isMember: false,
});
const pair = { first: kim, second: kimToo, reasons: ['email'] };

function renderPage(answer: (url: string, body: unknown) => Response, path = '/people/duplicates') {
  const fetchMock = stubFetch((url, init) => {
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (url === '/api/session') return json(sessionAs('organizer'));
    return answer(url, body);
  });
  renderWithProviders(
    <Routes>
      <Route path="/people/duplicates" element={<DuplicatesPage />} />
    </Routes>,
    { path, session: sessionAs('organizer') },
  );
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the duplicates review', () => {
  it('lists pairs with why, and marks a pair as different people', async () => {
    let pairs = [pair];
    const fetchMock = renderPage((url, body) => {
      if (url === '/api/duplicates') return json({ items: pairs });
      if (url === '/api/duplicates/distinct') {
        expect(body).toEqual({ firstId: kim.id, secondId: kimToo.id });
        pairs = [];
        return json({ ok: true });
      }
      throw new Error(`unexpected ${url}`);
    });
    const card = await screen.findByRole('article', { name: 'Kim Berg och Kimberly Berg' });
    expect(within(card).getByText('Samma e-post')).toBeDefined();
    expect(within(card).getByRole('link', { name: 'Kimberly Berg' }).getAttribute('href')).toBe(
      `/people/${kimToo.id}`,
    );
    await userEvent.click(
      within(card).getByRole('button', { name: 'Kim Berg och Kimberly Berg är olika personer' }),
    );
    expect(await screen.findByText('Inga möjliga dubbletter just nu.')).toBeDefined();
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/duplicates/distinct')).toBe(true);
  });

  it('merges a pair keeping the one chosen, with the values chosen from the other', async () => {
    renderPage((url, body) => {
      if (url === '/api/duplicates') return json({ items: [pair] });
      if (url === '/api/people/merge') {
        expect(body).toEqual({ keepId: kimToo.id, mergeId: kim.id, take: ['firstName'] });
        return json(buildPerson({ id: kimToo.id, firstName: 'Kim', lastName: 'Berg' }));
      }
      throw new Error(`unexpected ${url}`);
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Slå ihop Kim Berg och Kimberly Berg' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Slå ihop två personer' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Kimberly Berg/ }));
    // Offered: the values both have and that differ (first name, e-mail).
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Förnamn: Kim/ }));
    expect(within(dialog).getByText(/tas Kim Berg bort/)).toBeDefined();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slå ihop' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Personerna är sammanslagna');
    expect(within(done).getByRole('link', { name: 'Kim Berg' }).getAttribute('href')).toBe(
      `/people/${kimToo.id}`,
    );
  });

  it('says why two people with accounts cannot be merged', async () => {
    renderPage((url) => {
      if (url.startsWith('/api/people/') && url.endsWith('/duplicates')) {
        return json({ items: [pair] });
      }
      if (url === '/api/people/merge') {
        return json(
          {
            type: '/problems/conflict',
            title: 'Conflict',
            status: 409,
            code: 'conflict',
            detail: 'Both people have accounts',
            errors: [],
          },
          409,
        );
      }
      throw new Error(`unexpected ${url}`);
    }, `/people/duplicates?person=${kim.id}`);
    expect(await screen.findByText('Visar bara möjliga dubbletter av en person.')).toBeDefined();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Slå ihop Kim Berg och Kimberly Berg' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slå ihop' }));
    expect(await within(dialog).findByText(/Båda har konton i Gräsrot/)).toBeDefined();
  });
});
