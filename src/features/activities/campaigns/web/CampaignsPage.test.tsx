// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { buildPerson } from '../../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import { campaigns } from './campaigns.fixtures.ts';
import { CampaignsPage } from './CampaignsPage.tsx';

const eva = buildPerson();
let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  fetchMock = stubFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (url === '/api/campaigns' && method === 'GET') return json(campaigns);
    if (url === '/api/campaigns' && method === 'POST') {
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
      return json(
        { ...campaigns.items[0], ...body, id: 'c2222222-2222-4222-8222-222222222222' },
        201,
      );
    }
    if (url.startsWith('/api/people?')) return json({ items: [eva], total: 1 });
    if (url === '/api/session') return json(sessionAs('organizer'));
    throw new Error(`unexpected ${method} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CampaignsPage', () => {
  it('lists campaigns with a link to their activities', async () => {
    renderWithProviders(<CampaignsPage />, { session: sessionAs('organizer') });
    const link = await screen.findByRole('link', { name: '4 aktiviteter' });
    expect(link.getAttribute('href')).toBe(
      `/activities?view=list&campaignId=${campaigns.items[0]?.id}&date=2026-01-01`,
    );
    expect(screen.getByText('Valet 2026')).toBeTruthy();
  });

  it('creates a campaign with a period, a colour and an owner', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CampaignsPage />, { session: sessionAs('organizer') });
    const form = await screen.findByRole('region', { name: 'Ny kampanj' });
    await user.type(within(form).getByLabelText(/Namn/), 'Hyror, inte vinster');
    fireEvent.change(within(form).getByLabelText('Från'), { target: { value: '2025-09-01' } });
    fireEvent.change(within(form).getByLabelText('Till och med'), {
      target: { value: '2025-08-01' },
    });
    await user.click(within(form).getByRole('button', { name: 'Skapa kampanjen' }));
    expect(await within(form).findByText('Slutdatumet är före startdatumet.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Till och med'), {
      target: { value: '2025-11-30' },
    });
    await user.click(within(form).getByRole('radio', { name: /Grön/ }));
    await user.type(within(form).getByRole('combobox', { name: 'Ansvarig' }), 'eva');
    await user.click(await screen.findByRole('option', { name: /Eva Eriksson/ }));
    await user.click(within(form).getByRole('button', { name: 'Skapa kampanjen' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true),
    );
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      title: 'Hyror, inte vinster',
      description: '',
      startsOn: '2025-09-01',
      endsOn: '2025-11-30',
      colour: '#2f9e44',
      ownerId: eva.id,
    });
  });
});
