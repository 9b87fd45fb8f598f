// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { PublicCalendar } from './PublicCalendar.tsx';
import { PublicGroupCalendarPage } from './PublicGroupCalendarPage.tsx';

const groupId = 'c1b2c3d4-0000-4000-8000-000000000009';
const organization = { slug: 'huddinge', name: 'V Huddinge' };
const stall = { key: 'stall', name: 'Bokbord/valstuga' };
const items = [
  {
    id: 'c1b2c3d4-0000-4000-8000-000000000001',
    title: 'Bokbord i Flemingsberg',
    type: stall,
    campaign: null,
    localGroup: { id: groupId, name: 'Flemingsberg' },
    place: 'Flemingsbergs centrum',
    startsAt: '2030-05-18T08:00:00.000Z',
    endsAt: '2030-05-18T10:00:00.000Z',
    cancelledAt: null,
  },
  {
    // 23:30 UTC is half past one the next morning in Stockholm (summer time).
    id: 'c1b2c3d4-0000-4000-8000-000000000002',
    title: 'Nattvandring',
    type: { key: null, name: 'Nattvandring' },
    campaign: null,
    localGroup: null,
    place: '',
    startsAt: '2030-05-18T23:30:00.000Z',
    endsAt: '2030-05-19T01:00:00.000Z',
    cancelledAt: '2030-05-10T10:00:00.000Z',
  },
];

const fetchMock = vi.fn<typeof fetch>();
const ok = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the public calendar', () => {
  it('lists activities by their day in Stockholm, each linking to its public page', async () => {
    fetchMock.mockResolvedValue(ok({ organization, items, nextCursor: null }));
    renderWithProviders(
      <Routes>
        <Route path="/o/:slug" element={<PublicCalendar slug="huddinge" />} />
      </Routes>,
      { path: '/o/huddinge' },
    );
    const saturday = await screen.findByRole('region', { name: 'Lördag 18 maj' });
    const sunday = screen.getByRole('region', { name: 'Söndag 19 maj' });
    const link = within(saturday).getByRole('link', { name: 'Bokbord i Flemingsberg' });
    expect(link.getAttribute('href')).toBe(`/o/huddinge/activities/${items[0]!.id}`);
    expect(saturday.textContent).toContain('10:00–12:00 · Flemingsbergs centrum');
    expect(within(saturday).getByText('Flemingsberg')).toBeTruthy();
    expect(within(sunday).getByRole('link', { name: 'Nattvandring' })).toBeTruthy();
    expect(within(sunday).getByText('Inställd')).toBeTruthy();

    const subscribe = screen.getByRole('link', { name: 'Lägg till i kalender' });
    expect(subscribe.getAttribute('href')).toMatch(/^webcal:\/\/.+\/o\/huddinge\/calendar\.ics$/);
    expect(screen.getByRole('link', { name: 'Kalenderfil (.ics)' }).getAttribute('href')).toBe(
      '/o/huddinge/calendar.ics',
    );
    expect(String(fetchMock.mock.calls[0]![0])).toBe(
      '/api/public/organizations/huddinge/activities',
    );
  });

  it('loads the next page when asked, and offers no more after the last', async () => {
    const cursor = `${items[0]!.startsAt}_${items[0]!.id}`;
    fetchMock.mockImplementation(async (url) =>
      String(url).includes('cursor=')
        ? ok({ organization, items: [items[1]], nextCursor: null })
        : ok({ organization, items: [items[0]], nextCursor: cursor }),
    );
    renderWithProviders(
      <Routes>
        <Route path="/o/:slug" element={<PublicCalendar slug="huddinge" />} />
      </Routes>,
      { path: '/o/huddinge' },
    );
    expect(await screen.findByRole('link', { name: 'Bokbord i Flemingsberg' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Nattvandring' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByRole('link', { name: 'Nattvandring' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bokbord i Flemingsberg' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    expect(String(fetchMock.mock.calls[1]![0])).toBe(
      `/api/public/organizations/huddinge/activities?cursor=${encodeURIComponent(cursor)}`,
    );
  });

  it('says so when nothing is planned', async () => {
    fetchMock.mockResolvedValue(ok({ organization, items: [] }));
    renderWithProviders(
      <Routes>
        <Route path="/o/:slug" element={<PublicCalendar slug="huddinge" />} />
      </Routes>,
      { path: '/o/huddinge' },
    );
    expect(await screen.findByText('Inga planerade aktiviteter just nu.')).toBeTruthy();
  });

  it('shows a local group’s own calendar with its feed', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url).includes('/activities')
        ? ok({ organization, items: [items[0]] })
        : ok({
            ...organization,
            ancestors: [],
            localGroups: [{ id: groupId, name: 'Flemingsberg', areaDescription: 'Grantorp' }],
          }),
    );
    renderWithProviders(
      <Routes>
        <Route path="/o/:slug/groups/:groupId" element={<PublicGroupCalendarPage />} />
      </Routes>,
      { path: `/o/huddinge/groups/${groupId}` },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Flemingsberg' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Bokbord i Flemingsberg' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kalenderfil (.ics)' }).getAttribute('href')).toBe(
      `/o/huddinge/groups/${groupId}/calendar.ics`,
    );
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      `/api/public/organizations/huddinge/activities?localGroupId=${groupId}`,
    );
  });
});
