// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../platform/shared/atoms.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { type Session } from '../../../platform/shared/session.contract.ts';
import { InviteForm } from './InviteForm.tsx';

const groupId = '44444444-4444-4444-8444-444444444444';

function sessionAs(role: Role): Session {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'anna@example.se',
      role,
      personId: '22222222-2222-4222-8222-222222222222',
      firstName: 'Anna',
      lastName: 'Svensson',
      coordinatedLocalGroupIds: [],
    },
    organization: { id: '33333333-3333-4333-8333-333333333333', slug: 'v', name: 'V Huddinge' },
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
const groups = {
  items: [{ id: groupId, name: 'Vårby', areaDescription: '', coordinator: null, memberCount: 0 }],
};

const fetchMock = vi.fn<typeof fetch>();
let answerInvite: () => Response;

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  answerInvite = () =>
    json(201, {
      id: groupId,
      expiresAt: '2026-12-02T10:00:00.000Z',
      isMailConfigured: true,
      link: null,
    });
  fetchMock.mockImplementation(async (url) =>
    String(url) === '/api/local-groups' ? json(200, groups) : answerInvite(),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function inviteCalls(): number {
  return fetchMock.mock.calls.filter(([url]) => String(url) === '/api/invitations').length;
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Förnamn/), 'Test');
  await user.type(screen.getByLabelText(/Efternamn/), 'Testsson');
  await user.type(screen.getByLabelText(/E-postadress/), 'test@example.org');
}

describe('InviteForm', () => {
  it('says "skickad" only when the server sends e-mail', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InviteForm />, { session: sessionAs('admin') });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /^Inbjudan är skickad till test@example.org/,
    );
  });

  it('without e-mail, shows the link once, ready to pass on, and never says "skickad"', async () => {
    const link = 'http://127.0.0.1/invitation#token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    answerInvite = () =>
      json(201, {
        id: groupId,
        expiresAt: '2026-12-02T10:00:00.000Z',
        isMailConfigured: false,
        link,
      });
    const user = userEvent.setup();
    renderWithProviders(<InviteForm />, { session: sessionAs('organizer') });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/skickar inte e-post.*visas bara nu/);
    expect(status.textContent).not.toMatch(/skickad|Utkorgen/);
    const field = screen.getByLabelText('Inbjudningslänk till test@example.org');
    expect(field).toHaveProperty('value', link);
  });

  it('says why a person in the register cannot be invited without e-mail', async () => {
    answerInvite = () =>
      json(409, {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        errors: [{ path: 'body.email', code: 'in_register', message: 'e-mail only' }],
      });
    const user = userEvent.setup();
    renderWithProviders(<InviteForm />, { session: sessionAs('admin') });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText(/Personen finns redan i registret/)).toBeTruthy();
  });

  it('asks for a local group before inviting a coordinator', async () => {
    const user = userEvent.setup();
    renderWithProviders(<InviteForm />, { session: sessionAs('admin') });
    await fillIn(user);
    await user.selectOptions(screen.getByLabelText('Roll'), 'coordinator');
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect(await screen.findByText('En lokal samordnare behöver en lokalgrupp.')).toBeTruthy();
    expect(inviteCalls()).toBe(0);
  });

  it('shows why the server refused next to the field, and no "reload" advice', async () => {
    answerInvite = () =>
      json(409, {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        errors: [{ path: 'body.email', code: 'taken', message: 'exists' }],
      });
    const user = userEvent.setup();
    renderWithProviders(<InviteForm />, { session: sessionAs('admin') });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rätta de markerade fälten.');
    expect(screen.getByText('Det finns redan ett konto med den e-postadressen.')).toBeTruthy();
    expect(screen.getByLabelText(/Förnamn/)).toHaveProperty('value', 'Test');
    expect(document.activeElement).toBe(screen.getByLabelText(/E-postadress/));
  });
});
