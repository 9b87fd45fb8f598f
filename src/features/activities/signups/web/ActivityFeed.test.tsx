// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { ActivityFeed } from './ActivityFeed.tsx';
import { buildListItem, buildShiftSummary } from '../../schedule/web/schedule.fixtures.ts';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const id = (n: number) => `e1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;
// Huddinge centrum is where the phone is; Flemingsberg is 2.8 km away, Trångsund 8.5.
const here = { latitude: 59.2367, longitude: 17.9813 };
const items = [
  buildListItem({
    id: id(1),
    title: 'Flygblad i Flemingsberg',
    latitude: 59.2186,
    longitude: 17.9466,
    startsAt: inDays(2),
    endsAt: inDays(2.1),
    shifts: [buildShiftSummary({ id: id(11) })],
  }),
  buildListItem({
    id: id(2),
    title: 'Bokbord i Trångsund',
    latitude: 59.228,
    longitude: 18.129,
    startsAt: inDays(3),
    endsAt: inDays(3.1),
    shifts: [buildShiftSummary({ id: id(12) })],
  }),
  buildListItem({
    id: id(3),
    title: 'Medlemsmöte utan plats',
    startsAt: inDays(4),
    endsAt: inDays(4.1),
    shifts: [buildShiftSummary({ id: id(13) })],
  }),
];

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

function stubPosition(answer: 'found' | 'denied') {
  vi.stubGlobal('navigator', {
    ...navigator,
    geolocation: {
      getCurrentPosition: (found: PositionCallback, failed: PositionErrorCallback) =>
        answer === 'found'
          ? found({ coords: here } as GeolocationPosition)
          : failed({ code: 1, message: 'denied' } as GeolocationPositionError),
    },
  });
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) =>
    String(input).startsWith('/api/activities') ? json({ items }) : json({ items: [] }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the activity feed, near me', () => {
  it('shows only what is within the distance chosen, each with how far it is', async () => {
    stubPosition('found');
    const user = userEvent.setup();
    renderWithProviders(<ActivityFeed />, { path: '/feed' });
    expect(await screen.findByRole('link', { name: 'Bokbord i Trångsund' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Medlemsmöte utan plats' })).toBeTruthy();

    await user.click(screen.getByRole('switch', { name: 'Nära mig' }));
    const near = await screen.findByRole('article', { name: 'Flygblad i Flemingsberg' });
    expect(within(near).getByText(/2,8 km bort/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Bokbord i Trångsund' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Medlemsmöte utan plats' })).toBeNull();
    expect(screen.getByText(/skickas inte till föreningen/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: '10 km' }));
    expect(await screen.findByRole('link', { name: 'Bokbord i Trångsund' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '2 km' }));
    expect(await screen.findByText(/Inga kommande aktiviteter inom 2 km/)).toBeTruthy();
  });

  it('says so when the browser gives no position', async () => {
    stubPosition('denied');
    const user = userEvent.setup();
    renderWithProviders(<ActivityFeed />, { path: '/feed' });
    await screen.findByRole('link', { name: 'Bokbord i Trångsund' });
    await user.click(screen.getByRole('switch', { name: 'Nära mig' }));
    expect(await screen.findByText(/Din position är inte tillgänglig/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Bokbord i Trångsund' })).toBeNull();
  });
});
