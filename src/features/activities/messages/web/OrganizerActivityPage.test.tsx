// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { buildPerson } from '../../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import {
  activityId,
  activityTypes,
  buildActivityDetail,
  buildShiftSummary,
} from '../../schedule/web/schedule.fixtures.ts';
import { buildSignup } from '../../signups/web/signups.fixtures.ts';
import { OrganizerActivityPage } from './OrganizerActivityPage.tsx';

// The activity took place in May 2025, so attendance and the report are open.
const morning = buildShiftSummary({ title: 'Förmiddag', confirmed: 1, waiting: 2 });
const afternoon = buildShiftSummary({
  id: 'd2222222-2222-4222-8222-222222222222',
  title: 'Eftermiddag',
  startsAt: '2025-05-10T10:00:00.000Z',
  endsAt: '2025-05-10T12:00:00.000Z',
  confirmed: 0,
});
const activity = buildActivityDetail({ shifts: [morning, afternoon] });
const per = buildSignup();
const firstWaiting = buildSignup({
  id: 'e2222222-2222-4222-8222-222222222222',
  person: { id: '77777777-7777-4777-8777-777777777771', name: 'Lina Berg', isMember: false },
  status: 'waiting',
  waitingPosition: 1,
  source: 'booked',
});
const secondWaiting = buildSignup({
  id: 'e3333333-3333-4333-8333-333333333333',
  person: { id: '77777777-7777-4777-8777-777777777772', name: 'Omar Said', isMember: true },
  status: 'waiting',
  waitingPosition: 2,
});
const eva = buildPerson();

let attended: boolean | null = null;
let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  attended = null;
  fetchMock = stubFetch((url, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'PATCH' && url === `/api/signups/${per.id}`) {
      attended = (JSON.parse(String(init?.body)) as { attended: boolean | null }).attended;
      return json({ ...per, attended });
    }
    if (url === `/api/activities/${activityId}/signups`)
      // Listed out of order: the page sorts the waiting list by position.
      return json({ items: [secondWaiting, { ...per, attended }, firstWaiting] });
    if (url === `/api/activities/${activityId}/report` && method === 'GET')
      return json({ report: null });
    if (url === `/api/activities/${activityId}/report` && method === 'PUT')
      return json({
        ...JSON.parse(String(init?.body)),
        reportedBy: 'Anna Svensson',
        reportedAt: '2025-05-10T13:00:00.000Z',
      });
    if (url === `/api/activities/${activityId}`) return json(activity);
    if (url.startsWith('/api/activity-types')) return json(activityTypes);
    if (url.startsWith('/api/people?')) return json({ items: [eva], total: 1 });
    if (method === 'POST' && url === `/api/shifts/${afternoon.id}/bookings`)
      return json(
        buildSignup({
          id: 'e4444444-4444-4444-8444-444444444444',
          person: { id: eva.id, name: 'Eva Eriksson', isMember: true },
          shiftId: afternoon.id,
          source: 'booked',
        }),
        201,
      );
    if (method === 'POST' && url === `/api/signups/${firstWaiting.id}/move`)
      return json({
        ...firstWaiting,
        shiftId: afternoon.id,
        status: 'confirmed',
        waitingPosition: null,
      });
    if (url === '/api/session') return json(sessionAs('organizer'));
    throw new Error(`unexpected ${method} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/activities/:id/manage" element={<OrganizerActivityPage />} />
    </Routes>,
    { path: `/activities/${activityId}/manage`, session: sessionAs('organizer') },
  );
}

const calls = (method: string, url: string) =>
  fetchMock.mock.calls.filter(
    ([u, init]) => String(u) === url && (init?.method ?? 'GET') === method,
  );

describe('OrganizerActivityPage', () => {
  it('shows each shift’s sign-ups, the waiting list in order, and toggles attendance through the API', async () => {
    const user = userEvent.setup();
    renderPage();
    const shift = await screen.findByRole('region', { name: 'Förmiddag' });
    expect(await within(shift).findByText('Per Lindqvist')).toBeTruthy();
    const waiting = within(shift).getAllByRole('list')[1] as HTMLElement;
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('1.Lina Berg'), expect.stringContaining('2.Omar Said')]);
    expect(within(shift).getByText('Inte medlem')).toBeTruthy();
    expect(within(shift).getByText('Bokad')).toBeTruthy();

    const attendance = within(shift).getByRole('group', { name: 'Närvaro för Per Lindqvist' });
    await user.click(within(attendance).getByRole('button', { name: 'Kom' }));
    await waitFor(() => expect(calls('PATCH', `/api/signups/${per.id}`)).toHaveLength(1));
    expect(JSON.parse(String(calls('PATCH', `/api/signups/${per.id}`)[0]?.[1]?.body))).toEqual({
      attended: true,
    });
    await waitFor(() =>
      expect(
        within(attendance).getByRole('button', { name: 'Kom' }).getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    await user.click(within(attendance).getByRole('button', { name: 'Uteblev' }));
    await waitFor(() => expect(calls('PATCH', `/api/signups/${per.id}`)).toHaveLength(2));
    expect(JSON.parse(String(calls('PATCH', `/api/signups/${per.id}`)[1]?.[1]?.body))).toEqual({
      attended: false,
    });
    // Waiting people have no attendance to mark.
    expect(within(shift).queryByRole('group', { name: 'Närvaro för Lina Berg' })).toBeNull();
  });

  it('books a person from the register and moves someone to another shift', async () => {
    const user = userEvent.setup();
    renderPage();
    const later = await screen.findByRole('region', { name: 'Eftermiddag' });
    await user.type(
      within(later).getByRole('combobox', { name: /Boka någon på Eftermiddag/ }),
      'eva',
    );
    await user.click(await screen.findByRole('option', { name: /Eva Eriksson/ }));
    expect(await within(later).findByText('Eva Eriksson är bokad.')).toBeTruthy();
    expect(
      JSON.parse(String(calls('POST', `/api/shifts/${afternoon.id}/bookings`)[0]?.[1]?.body)),
    ).toEqual({
      personId: eva.id,
    });

    await user.click(screen.getByRole('button', { name: 'Ändra anmälan för Lina Berg' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Flytta till Eftermiddag' }));
    await waitFor(() =>
      expect(calls('POST', `/api/signups/${firstWaiting.id}/move`)).toHaveLength(1),
    );
    expect(
      JSON.parse(String(calls('POST', `/api/signups/${firstWaiting.id}/move`)[0]?.[1]?.body)),
    ).toEqual({
      shiftId: afternoon.id,
    });
  });

  it('saves the report with the numbers its type asks for', async () => {
    const user = userEvent.setup();
    renderPage();
    const report = await screen.findByRole('region', { name: 'Rapport' });
    await user.type(await within(report).findByLabelText('Utdelade flygblad'), '250');
    await user.type(within(report).getByLabelText('Samtal'), '12');
    expect(within(report).queryByLabelText('Dörrar knackade')).toBeNull();
    await user.type(within(report).getByLabelText('Kommentar'), 'Regn men glada möten.');
    await user.click(within(report).getByRole('button', { name: 'Spara rapporten' }));
    expect(await within(report).findByText(/Sparad av Anna Svensson/)).toBeTruthy();
    expect(
      JSON.parse(String(calls('PUT', `/api/activities/${activityId}/report`)[0]?.[1]?.body)),
    ).toEqual({
      leaflets: 250,
      doorsKnocked: null,
      conversations: 12,
      newContacts: null,
      note: 'Regn men glada möten.',
    });
  });
});
