// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../platform/shared/atoms.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { AccountRoleSelect, type AccountRow } from './AccountRoleSelect.tsx';

const account: AccountRow = {
  id: '55555555-5555-4555-8555-555555555555',
  email: 'lars@example.org',
  role: 'organizer',
  personId: '66666666-6666-4666-8666-666666666666',
  firstName: 'Lars',
  lastName: 'Andersson',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastLoginAt: null,
  twoFactor: false,
};

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (_url, init) => {
    const { role } = JSON.parse(String(init?.body ?? '{}')) as { role?: Role };
    return new Response(JSON.stringify({ ...account, role }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function patches(): unknown[] {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PATCH')
    .map(([, init]) => JSON.parse(String(init?.body)));
}

function renderSelect(role: Role = 'organizer') {
  return renderWithProviders(<AccountRoleSelect account={{ ...account, role }} isSelf={false} />);
}

describe('AccountRoleSelect', () => {
  it('asks before making someone admin, and does nothing on "Avbryt"', async () => {
    const user = userEvent.setup();
    renderSelect();
    await user.selectOptions(screen.getByLabelText('Roll för Lars Andersson'), 'admin');
    const dialog = await screen.findByRole('dialog', {
      name: 'Göra Lars Andersson till administratör?',
    });
    expect(dialog).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(patches()).toEqual([]);
    expect(screen.getByLabelText('Roll för Lars Andersson')).toHaveProperty('value', 'organizer');
  });

  it('saves after "Ja" and says so', async () => {
    const user = userEvent.setup();
    renderSelect();
    await user.selectOptions(screen.getByLabelText('Roll för Lars Andersson'), 'admin');
    await user.click(await screen.findByRole('button', { name: 'Ja, ändra till administratör' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Sparat: Lars Andersson är nu administratör.',
    );
    expect(patches()).toEqual([{ role: 'admin' }]);
  });

  it('asks before taking admin away', async () => {
    const user = userEvent.setup();
    renderSelect('admin');
    await user.selectOptions(screen.getByLabelText('Roll för Lars Andersson'), 'activist');
    expect(
      await screen.findByRole('dialog', {
        name: 'Ta bort administratörsrollen för Lars Andersson?',
      }),
    ).toBeTruthy();
  });

  it('changes other roles at once and says so', async () => {
    const user = userEvent.setup();
    renderSelect();
    await user.selectOptions(screen.getByLabelText('Roll för Lars Andersson'), 'activist');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Sparat: Lars Andersson är nu aktivist.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(patches()).toEqual([{ role: 'activist' }]);
  });

  it('says why a change failed', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({ type: 'x', title: 'x', status: 403, code: 'forbidden', errors: [] }),
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    const user = userEvent.setup();
    renderSelect();
    await user.selectOptions(screen.getByLabelText('Roll för Lars Andersson'), 'activist');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har inte behörighet till det här.',
    );
    expect(screen.getByLabelText('Roll för Lars Andersson')).toHaveProperty('value', 'organizer');
  });
});
