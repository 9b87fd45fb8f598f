// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../platform/shared/atoms.ts';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { PersonPage } from './PersonPage.tsx';
import { buildPerson, groupId, tagList } from './register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';

const eva = buildPerson();
const auditLog = {
  total: 2,
  items: [
    {
      id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      action: 'person.update',
      actor: {
        accountId: '11111111-1111-4111-8111-111111111111',
        firstName: 'Anna',
        lastName: 'S',
      },
      personId: eva.id,
      details: { fields: ['city', 'phone'] },
      createdAt: '2024-05-01T10:00:00.000Z',
    },
    {
      id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      action: 'person.view',
      actor: null,
      personId: eva.id,
      details: {},
      createdAt: '2024-04-01T10:00:00.000Z',
    },
  ],
};

function renderPerson(
  role: Role,
  id = eva.id,
  answer: (url: string) => Response = () => json(eva),
) {
  const fetchMock = stubFetch((url) => {
    if (url.startsWith('/api/audit-log')) return json(auditLog);
    if (url.startsWith('/api/tags')) return json(tagList);
    if (url.startsWith('/api/custom-fields')) return json({ items: [] });
    if (url.endsWith('/consents')) return json({ items: [] });
    if (url.includes('/timeline')) return json({ items: [], nextCursor: null });
    if (url.startsWith('/api/local-groups'))
      return json({ items: [{ id: groupId, name: 'Flemingsberg' }] });
    return answer(url);
  });
  renderWithProviders(
    <Routes>
      <Route path="/people/:id" element={<PersonPage />} />
    </Routes>,
    { path: `/people/${id}`, session: sessionAs(role, [groupId]) },
  );
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PersonPage', () => {
  it('shows every field, the phone as written in Sweden, and notes with their line breaks', async () => {
    renderPerson('coordinator');
    expect(await screen.findByRole('heading', { level: 1, name: 'Eva Eriksson' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '070-123 45 67' }).getAttribute('href')).toBe(
      'tel:+46701234567',
    );
    expect(screen.getByText('Storgatan 1, 141 30 Huddinge')).toBeTruthy();
    expect(screen.getByText('Kvinna')).toBeTruthy();
    expect(screen.getByText('Medlem · Aktiv')).toBeTruthy();
    expect(screen.getByText('10234')).toBeTruthy();
    expect(screen.getByText('1 mars 2019')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Flemingsberg' })).toBeTruthy();
    const notes = screen.getByText(/Ringer helst/);
    expect(notes.textContent).toBe('Ringer helst på kvällen.\nVill hjälpa till med valstugan.');
    expect(notes.className).toContain('pre-line');
    expect(screen.getByRole('button', { name: 'Ta bort taggen Valarbetare' })).toBeTruthy();
    // Only admins read the audit log.
    expect(screen.queryByRole('heading', { name: 'Granskningslogg' })).toBeNull();
  });

  it('opens an edit form with the current values, and sends only what changed', async () => {
    const user = userEvent.setup();
    const fetchMock = renderPerson('organizer');
    await user.click(await screen.findByRole('button', { name: 'Ändra' }));
    const city = screen.getByLabelText('Ort');
    expect((city as HTMLInputElement).value).toBe('Huddinge');
    expect((screen.getByLabelText('Kön') as HTMLSelectElement).value).toBe('woman');
    await user.clear(city);
    await user.type(city, 'Stuvsta');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByRole('button', { name: 'Ändra' });
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ city: 'Stuvsta' });
  });

  it("shows the other features' sections in their place: consents, timeline, audit log, erasure", async () => {
    renderPerson('admin');
    await screen.findByRole('heading', { level: 2, name: 'Radera personuppgifter' });
    await screen.findByRole('heading', { level: 2, name: 'Tidslinje' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((node) => node.textContent);
    expect(headings).toEqual([
      'Uppgifter',
      'Taggar',
      'Samtycken',
      'Tidslinje',
      'Granskningslogg',
      'Radera personuppgifter',
    ]);
    cleanup();

    renderPerson('coordinator');
    await screen.findByRole('heading', { level: 2, name: 'Tidslinje' });
    expect(screen.queryByRole('heading', { level: 2, name: 'Radera personuppgifter' })).toBeNull();
  });

  it('shows an admin the audit log in words', async () => {
    renderPerson('admin');
    expect(await screen.findByText(/Ändrade: ort, telefon/)).toBeTruthy();
    expect(screen.getByText(/Visade uppgifterna/)).toBeTruthy();
    expect(screen.getByText('Borttaget konto')).toBeTruthy();
  });

  it('says so when the person does not exist or is out of reach', async () => {
    renderPerson('coordinator', eva.id, () =>
      json({ code: 'not_found', title: 'Not found', status: 404, errors: [] }, 404),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Personen hittades inte' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Till medlemmar och kontakter' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('treats a mistyped address as not found, without asking the server', async () => {
    const fetchMock = renderPerson('coordinator', 'inte-ett-id');
    expect(await screen.findByRole('heading', { name: 'Personen hittades inte' })).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/people'))).toBe(false);
  });
});
