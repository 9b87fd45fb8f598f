// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { type Session } from '../../../../platform/shared/session.contract.ts';
import type { ShiftSummary } from '../../schedule/activities.contract.ts';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { MyActivities } from './MyActivities.tsx';

const session: Session = {
  user: {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'anna@example.se',
    role: 'activist',
    personId: '22222222-2222-4222-8222-222222222222',
    firstName: 'Anna',
    lastName: 'Svensson',
    coordinatedLocalGroupIds: [],
  },
  organization: {
    id: '33333333-3333-4333-8333-333333333333',
    slug: 'huddinge',
    name: 'V Huddinge',
  },
  csrfToken: 'csrf',
  mustSetUpTwoFactor: false,
};
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const id = (n: number) => `d1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;

const mySignup = {
  id: id(1),
  status: 'confirmed',
  waitingPosition: null,
  shift: { id: id(2), title: '', startsAt: hours(30), endsAt: hours(32) },
  activity: { id: id(3), title: 'Dörrknackning i Vårby', place: 'Vårby gård', cancelledAt: null },
  canCancelUntil: hours(29),
};
const shift: z.output<typeof ShiftSummary> = {
  id: id(4),
  title: '',
  startsAt: hours(50),
  endsAt: hours(52),
  capacity: null,
  wanted: 6,
  confirmed: 2,
  waiting: 0,
  mySignup: null,
};
const groupActivity = {
  id: id(5),
  title: 'Flygblad vid Flemingsbergs station',
  type: { id: id(6), key: 'leafleting', name: 'Flygbladsutdelning' },
  campaign: null,
  localGroup: { id: id(7), name: 'Flemingsberg' },
  place: 'Flemingsbergs station',
  startsAt: shift.startsAt,
  endsAt: shift.endsAt,
  visibility: 'members',
  publishAt: null,
  isPublished: true,
  cancelledAt: null,
  seriesId: null,
  shifts: [shift],
};

const fetchMock = vi.fn<typeof fetch>();
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** The server as these calls change it. */
function serve() {
  let signups = [mySignup];
  let activityShift = shift;
  let feed: { isActive: boolean; createdAt: string | null; lastUsedAt: null } = {
    isActive: false,
    createdAt: null,
    lastUsedAt: null,
  };
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url === '/api/auth/session') return json(200, session);
    if (url === '/api/me/activities') {
      return json(200, {
        signups,
        groupActivities: [{ ...groupActivity, shifts: [activityShift] }],
      });
    }
    if (url === `/api/shifts/${mySignup.shift.id}/signup` && method === 'DELETE') {
      signups = [];
      return json(200, { shift: { ...shift, id: mySignup.shift.id } });
    }
    if (url === `/api/shifts/${shift.id}/signup` && method === 'POST') {
      const signup = { id: id(8), status: 'confirmed' as const, waitingPosition: null };
      activityShift = { ...shift, confirmed: 3, mySignup: signup };
      return json(201, { signup, shift: activityShift });
    }
    if (url === '/api/me/calendar-feed' && method === 'GET') return json(200, feed);
    if (url === '/api/me/calendar-feed' && method === 'POST') {
      feed = { isActive: true, createdAt: hours(0), lastUsedAt: null };
      return json(201, {
        url: 'https://grasrot.example/calendar/secret.ics',
        webcalUrl: 'webcal://grasrot.example/calendar/secret.ics',
        createdAt: hours(0),
      });
    }
    return json(404, { code: 'not_found', errors: [] });
  });
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  // happy-dom never reports anything as scrolled into view: render below-the-fold parts at once.
  vi.stubGlobal('IntersectionObserver', undefined);
  serve();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MyActivities on Min sida', () => {
  it('cancels one of my upcoming sign-ups', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MyActivities />, { path: '/me', session });
    const mine = await screen.findByRole('region', { name: 'Mina kommande pass' });
    expect(within(mine).getByRole('link', { name: 'Dörrknackning i Vårby' })).toBeTruthy();
    await user.click(within(mine).getByRole('button', { name: 'Avanmäl' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, avanmäl mig' }));
    expect(await within(mine).findByText('Du har inga kommande pass ännu.')).toBeTruthy();
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/signup'));
    expect(call?.[1]?.method).toBe('DELETE');
  });

  it('signs up from the local group card in one tap', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MyActivities />, { path: '/me', session });
    const group = await screen.findByRole('region', {
      name: 'På gång i din lokalgrupp och i hela föreningen',
    });
    expect(within(group).getByText('Behövs fler')).toBeTruthy();
    await user.click(within(group).getByRole('button', { name: 'Anmäl mig' }));
    expect(await within(group).findByText('Du är anmäld')).toBeTruthy();
    expect(within(group).getByText('3 anmälda')).toBeTruthy();
  });

  it('makes a secret calendar address to copy, and offers a new one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MyActivities />, { path: '/me', session });
    const card = await screen.findByRole('region', { name: 'Dina pass i din kalender' });
    await user.click(await within(card).findByRole('button', { name: 'Skapa länk' }));
    const address = await within(card).findByLabelText('Din hemliga kalenderlänk');
    expect((address as HTMLInputElement).value).toBe('https://grasrot.example/calendar/secret.ics');
    expect(within(card).getByRole('button', { name: 'Kopiera länken' })).toBeTruthy();
    expect(
      within(card).getByRole('link', { name: 'Öppna i kalenderappen' }).getAttribute('href'),
    ).toBe('webcal://grasrot.example/calendar/secret.ics');
    await waitFor(() =>
      expect(within(card).getByRole('button', { name: 'Skapa ny länk' })).toBeTruthy(),
    );
  });
});
