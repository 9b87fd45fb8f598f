// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import {
  activityTypes,
  buildListItem,
  buildShiftSummary,
  doorTypeId,
  localGroups,
} from '../../schedule/web/schedule.fixtures.ts';
import { campaigns } from './campaigns.fixtures.ts';
import { OrganizerCalendarPage } from './OrganizerCalendarPage.tsx';

// Summer time began in Stockholm at 01:00 UTC on 30 March 2025. These tests run with TZ=UTC,
// so a day or hour taken from the browser's clock instead of Stockholm's would be wrong.
const afterMidnight = buildListItem({
  id: 'b2222222-2222-4222-8222-222222222222',
  title: 'Nattaffischering',
  startsAt: '2025-03-30T22:30:00.000Z', // Monday 31 March, 00:30 in Stockholm
  endsAt: '2025-03-31T00:00:00.000Z',
});
const winterNight = buildListItem({
  id: 'b3333333-3333-4333-8333-333333333333',
  title: 'Bokbord',
  campaign: null,
  visibility: 'draft',
  isPublished: false,
  startsAt: '2025-03-29T23:15:00.000Z', // Sunday 30 March, 00:15 in Stockholm (still winter time)
  endsAt: '2025-03-30T02:00:00.000Z',
  shifts: [buildShiftSummary({ capacity: 4, wanted: null, confirmed: 4, waiting: 2 })],
});
const cancelled = buildListItem({
  id: 'b4444444-4444-4444-8444-444444444444',
  title: 'Dörrknackning i Visättra',
  cancelledAt: '2025-03-20T10:00:00.000Z',
  startsAt: '2025-03-12T16:00:00.000Z',
  endsAt: '2025-03-12T18:00:00.000Z',
});

function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

function renderCalendar(path: string) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/activities"
        element={
          <>
            <OrganizerCalendarPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { path, session: sessionAs('organizer') },
  );
}

let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  fetchMock = stubFetch((url, init) => {
    if (url.startsWith('/api/activities?'))
      return json({ items: [afterMidnight, winterNight, cancelled] });
    if (url.startsWith('/api/activity-types')) return json(activityTypes);
    if (url.startsWith('/api/campaigns')) return json(campaigns);
    if (url.startsWith('/api/local-groups')) return json(localGroups);
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const activityCalls = () =>
  fetchMock.mock.calls
    .map(([url]) => String(url))
    .filter((url) => url.startsWith('/api/activities?'));

describe('OrganizerCalendarPage', () => {
  it('puts each activity on its Stockholm day with its Stockholm time, across the change to summer time', async () => {
    renderCalendar('/activities?view=month&date=2025-03-15');
    expect(await screen.findByRole('heading', { name: 'mars 2025' })).toBeTruthy();
    // The month grid starts on Monday 24 February and ends on Sunday 6 April, Stockholm time.
    const from = new Date('2025-02-23T23:00:00.000Z').toISOString();
    const to = new Date('2025-04-06T22:00:00.000Z').toISOString();
    expect(activityCalls()).toContain(
      `/api/activities?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    const day = (name: string) =>
      screen.getByRole('button', { name: `Visa veckan med ${name}` }).closest('li') as HTMLElement;
    await waitFor(() => expect(within(day('måndag 31 mars')).getByRole('link')).toBeTruthy());
    expect(within(day('måndag 31 mars')).getByRole('link').textContent).toContain('00:30');
    expect(within(day('måndag 31 mars')).getByRole('link').textContent).toContain(
      'Nattaffischering',
    );
    expect(within(day('söndag 30 mars')).getByRole('link').textContent).toContain('00:15 Bokbord');
    expect(within(day('söndag 30 mars')).getByRole('link').textContent).toContain('Utkast');
    expect(within(day('onsdag 12 mars')).getByRole('link').textContent).toContain('Inställd');
    expect(within(day('lördag 29 mars')).queryByRole('link')).toBeNull();
  });

  it('lists a week with times, places, fill and markers, each linking to the organizer view', async () => {
    renderCalendar('/activities?view=week&date=2025-03-26');
    const link = await screen.findByRole('link', { name: /Bokbord/ });
    expect(link.getAttribute('href')).toBe(`/activities/${winterNight.id}/manage`);
    // It ends at 02:00 UTC, after the clocks went forward: 04:00 in Stockholm.
    expect(link.textContent).toContain('00:15–04:00');
    expect(link.textContent).toContain('Huddinge centrum, vid fontänen');
    expect(link.textContent).toContain('4 av 4 anmälda · 2 på väntelistan');
    expect(link.textContent).toContain('Utkast');
    // Monday 31 March is the next week: not shown.
    expect(screen.queryByRole('link', { name: /Nattaffischering/ })).toBeNull();
    const weekRange = '2025-03-23T23:00:00.000Z';
    expect(activityCalls()[0]).toContain(`from=${encodeURIComponent(weekRange)}`);
  });

  it('filters by type, campaign and local group through the address and the request', async () => {
    const user = userEvent.setup();
    renderCalendar('/activities?view=list&date=2025-03-26');
    await screen.findByRole('link', { name: /Bokbord/ });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Dörrknackning' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Typ av aktivitet'), 'Dörrknackning');
    await waitFor(() =>
      expect(screen.getByTestId('search').textContent).toContain(`typeId=${doorTypeId}`),
    );
    await waitFor(() => expect(activityCalls().at(-1)).toContain(`&typeId=${doorTypeId}`));
    await user.selectOptions(screen.getByLabelText('Lokalgrupp'), 'Flemingsberg');
    await waitFor(() =>
      expect(activityCalls().at(-1)).toContain(`&typeId=${doorTypeId}&localGroupId=`),
    );
  });

  it('opens as a list on a phone', async () => {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    (
      window as unknown as { happyDOM: { setViewport: (size: object) => void } }
    ).happyDOM.setViewport({
      width: 390,
      height: 844,
    });
    try {
      renderCalendar('/activities?date=2025-03-26');
      expect(await screen.findByRole('heading', { name: 'söndag 30 mars' })).toBeTruthy();
      expect(screen.getByRole('radio', { name: 'Lista' })).toHaveProperty('checked', true);
    } finally {
      (
        window as unknown as { happyDOM: { setViewport: (size: object) => void } }
      ).happyDOM.setViewport(viewport);
    }
  });

  it('steps to the next period and back to today', async () => {
    const user = userEvent.setup();
    renderCalendar('/activities?view=month&date=2025-03-15');
    await screen.findByRole('heading', { name: 'mars 2025' });
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByRole('heading', { name: 'april 2025' })).toBeTruthy();
    expect(screen.getByTestId('search').textContent).toContain('date=2025-04-01');
    await user.click(screen.getByRole('button', { name: 'Idag' }));
    await waitFor(() => expect(screen.getByTestId('search').textContent).not.toContain('date='));
  });
});
