// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { RetentionPage } from './RetentionPage.tsx';

const bo = {
  id: '66666666-6666-4666-8666-666666666666',
  firstName: 'Bo',
  lastName: 'Ek',
  localGroup: { id: 'f1b3cab5-3163-4021-a390-36bfca7b5746', name: 'Flemingsberg' },
  createdAt: '2021-03-01T10:00:00.000Z',
  lastActivityAt: '2021-09-15T10:00:00.000Z',
};

function renderPage() {
  let flagged = [bo];
  const fetchMock = stubFetch((url, init) => {
    if (url.startsWith('/api/auth/session')) return json(sessionAs('admin'));
    if (url.endsWith('/erase')) {
      flagged = [];
      return json({ ok: true, erasedAt: '2024-05-04T10:00:00.000Z' });
    }
    if (init?.method === 'PATCH') {
      const { retentionMonths } = JSON.parse(String(init.body)) as { retentionMonths: number };
      return json({ retentionMonths, flaggedCount: flagged.length });
    }
    if (url.startsWith('/api/retention/people')) {
      return json({ items: flagged, total: flagged.length });
    }
    return json({ retentionMonths: 24, flaggedCount: flagged.length });
  });
  renderWithProviders(<RetentionPage />, { session: sessionAs('admin') });
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RetentionPage', () => {
  it('lists the flagged contacts with a link and their last activity, and erases after a warning', async () => {
    const fetchMock = renderPage();
    expect(await screen.findByRole('heading', { name: '1 kontakt behöver gallras.' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Bo Ek' });
    expect(link.getAttribute('href')).toBe(`/people/${bo.id}`);
    expect(screen.getByText(/Senast aktiv 15 sep. 2021/)).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Radera personuppgifterna för Bo Ek' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, radera för alltid' }));
    expect(await screen.findByText('Personuppgifterna för Bo Ek är raderade.')).toBeTruthy();
    const erase = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/erase'));
    expect(JSON.parse(String(erase?.[1]?.body))).toEqual({ confirm: true });
    expect(
      await screen.findByRole('heading', { name: 'Ingen kontakt behöver gallras just nu.' }),
    ).toBeTruthy();
  });

  it('saves the number of months, and says what a valid number is', async () => {
    const fetchMock = renderPage();
    const user = userEvent.setup();
    const months = await screen.findByLabelText('Gallra kontakter efter antal månader');
    expect((months as HTMLInputElement).value).toBe('24');
    await user.clear(months);
    await user.type(months, '300');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Skriv ett antal månader mellan 0 och 240.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);

    await user.clear(months);
    await user.type(months, '12');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Sparat.')).toBeTruthy();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ retentionMonths: 12 });
  });
});
