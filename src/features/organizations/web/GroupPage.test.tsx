// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Session } from '../../../platform/shared/session.contract.ts';
import type { Role } from '../../../platform/shared/atoms.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { GroupPage } from './GroupPage.tsx';

const groupId = 'f1b3cab5-3163-4021-a390-36bfca7b5746';
const group = {
  id: groupId,
  name: 'Flemingsberg',
  areaDescription: 'Flemingsberg med Grantorp, Visättra och Kästa.',
  coordinator: {
    id: '44444444-4444-4444-8444-444444444444',
    firstName: 'Lars',
    lastName: 'Haddad',
  },
  memberCount: 2,
};
const members = {
  items: [
    {
      id: '55555555-5555-4555-8555-555555555555',
      firstName: 'Eva',
      lastName: 'Eriksson',
      email: 'eva@example.se',
      phone: '070-123 45 67',
      isMember: true,
    },
    {
      id: '44444444-4444-4444-8444-444444444444',
      firstName: 'Lars',
      lastName: 'Haddad',
      email: 'lars@example.se',
      phone: null,
      isMember: true,
    },
    {
      id: '66666666-6666-4666-8666-666666666666',
      firstName: 'Per',
      lastName: 'Lindqvist',
      email: null,
      phone: null,
      isMember: false,
    },
  ],
};

function sessionAs(role: Role, coordinatedLocalGroupIds: string[] = []): Session {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'anna@example.se',
      role,
      personId: '22222222-2222-4222-8222-222222222222',
      firstName: 'Anna',
      lastName: 'Svensson',
      coordinatedLocalGroupIds,
    },
    organization: {
      id: '33333333-3333-4333-8333-333333333333',
      slug: 'huddinge',
      name: 'V Huddinge',
    },
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

const fetchMock = vi.fn<typeof fetch>();
const ok = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

/** The group, its members, and the areas feature's section (no election imported). */
function answer(url: string, body: unknown = group) {
  if (url.endsWith('/members')) return ok(members);
  if (url.includes('/api/areas/')) return ok({ items: [], districtNames: {} });
  return ok(body);
}

function renderGroupPage(session: Session) {
  return renderWithProviders(
    <Routes>
      <Route path="/groups/:id" element={<GroupPage />} />
    </Routes>,
    { path: `/groups/${groupId}`, session },
  );
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (url) => answer(String(url)));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('GroupPage', () => {
  it('shows an activist the group but not its members’ contact details', async () => {
    renderGroupPage(sessionAs('activist'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Flemingsberg' })).toBeTruthy();
    expect(screen.getByText('Samordnare: Lars Haddad · 2 medlemmar')).toBeTruthy();
    expect(screen.queryByText('Medlemmar och kontaktuppgifter')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra gruppen' })).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(
      `/api/local-groups/${groupId}/members`,
    );
  });

  it('shows the group’s coordinator the members, with links to write and call', async () => {
    renderGroupPage(sessionAs('coordinator', [groupId]));
    // happy-dom reads the line-break hint (<wbr>) before the @ as a space; Chromium does not.
    const email = await screen.findByRole('link', { name: /^eva\s?@example\.se$/ });
    expect(email.getAttribute('href')).toBe('mailto:eva@example.se');
    expect(screen.getByRole('link', { name: '070-123 45 67' }).getAttribute('href')).toBe(
      'tel:0701234567',
    );
  });

  it('lets the coordinator edit only the description, and returns focus afterwards', async () => {
    const user = userEvent.setup();
    renderGroupPage(sessionAs('coordinator', [groupId]));
    await user.click(await screen.findByRole('button', { name: 'Ändra gruppen' }));
    expect(screen.queryByLabelText(/Gruppens namn/)).toBeNull();
    expect(screen.queryByLabelText(/Samordnare/)).toBeNull();
    const area = screen.getByLabelText(/Område/);
    expect(document.activeElement).toBe(area);

    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra gruppen' }));
  });

  it('lets an organizer edit name, description and coordinator', async () => {
    const user = userEvent.setup();
    renderGroupPage(sessionAs('organizer'));
    await user.click(await screen.findByRole('button', { name: 'Ändra gruppen' }));
    expect(screen.getByLabelText(/Gruppens namn/)).toBeTruthy();
    expect(screen.getByLabelText(/Samordnare/)).toBeTruthy();
  });

  it('marks the coordinator, first, and tells members from contacts', async () => {
    renderGroupPage(sessionAs('organizer'));
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Lars HaddadSamordnareMedlemlars@example.se',
      'Eva ErikssonMedlemeva@example.se070-123 45 67',
      'Per LindqvistKontakt (ej medlem)Inga kontaktuppgifter',
    ]);
    expect(screen.getByText('2 medlemmar och 1 kontakt som inte är medlem.')).toBeTruthy();
  });

  it('keeps line breaks in the area description', async () => {
    fetchMock.mockImplementation(async (url) =>
      answer(String(url), { ...group, areaDescription: 'Grantorp\nVisättra' }),
    );
    renderGroupPage(sessionAs('activist'));
    const text = await screen.findByText(/Grantorp/);
    expect(text.className).toContain('pre-line');
  });

  it('says a missing group is missing, with a way back and no retry', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({ type: 'x', title: 'x', status: 404, code: 'not_found', errors: [] }),
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    renderGroupPage(sessionAs('activist'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lokalgruppen finns inte' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Till alla lokalgrupper' }).getAttribute('href')).toBe(
      '/groups',
    );
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
    expect(document.title).toBe('Lokalgruppen finns inte – Gräsrot');
  });

  it('offers a retry when the server could not be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    renderGroupPage(sessionAs('activist'));
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Något gick fel');
  });
});
