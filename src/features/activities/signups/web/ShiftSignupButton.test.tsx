// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { type Session } from '../../../../platform/shared/session.contract.ts';
import type { Activity, ShiftSummary } from '../../schedule/activities.contract.ts';
import { ShiftSignupButton } from './ShiftSignupButton.tsx';
import { useActivity } from '../../schedule/web/useActivities.ts';

const activityId = 'a1b2c3d4-0000-4000-8000-000000000001';
const shiftId = 'a1b2c3d4-0000-4000-8000-000000000002';
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

type Shift = z.output<typeof ShiftSummary>;
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

function buildShift(overrides: Partial<Shift> = {}): Shift {
  return {
    id: shiftId,
    title: '',
    startsAt: hours(48),
    endsAt: hours(50),
    capacity: 10,
    wanted: null,
    confirmed: 4,
    waiting: 0,
    mySignup: null,
    ...overrides,
  };
}

function buildActivity(shift: Shift, cutoffMinutes = 60): z.output<typeof Activity> {
  return {
    id: activityId,
    title: 'Bokbord på Huddinge centrum',
    type: { id: 'a1b2c3d4-0000-4000-8000-000000000003', key: 'stall', name: 'Bokbord/valstuga' },
    campaign: null,
    localGroup: null,
    place: 'Huddinge centrum',
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    visibility: 'members',
    publishAt: null,
    isPublished: true,
    cancelledAt: null,
    seriesId: null,
    shifts: [shift],
    description: '',
    descriptionHtml: '',
    latitude: null,
    longitude: null,
    contactPerson: { id: '44444444-4444-4444-8444-444444444444', name: 'Lars Haddad' },
    cancelReason: null,
    signupCutoffMinutes: cutoffMinutes,
    reminderOffsetMinutes: 1440,
    sequence: 0,
    imageUrl: null,
    series: null,
    occurrenceDate: null,
    canManage: false,
    canSeeSignups: false,
    createdAt: hours(-100),
    updatedAt: hours(-100),
  };
}

// The button reads its shift from the query cache, as on the activity page.
function Harness() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  if (!activity.data) return null;
  const shift = activity.data.shifts[0]!;
  return (
    <ShiftSignupButton
      shift={shift}
      cutoffMinutes={activity.data.signupCutoffMinutes}
      contactName={activity.data.contactPerson?.name ?? null}
    />
  );
}

const fetchMock = vi.fn<typeof fetch>();
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** A tiny server: the activity as stored, and what sign-up and cancel do to it. */
function serve(initial: z.output<typeof Activity>, onWrite: (method: string) => Response) {
  let activity = initial;
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url === '/api/auth/session') return json(200, session);
    if (url === `/api/activities/${activityId}`) return json(200, activity);
    if (url === `/api/shifts/${shiftId}/signup`) {
      const response = onWrite(method);
      if (response.ok) {
        const body = (await response.clone().json()) as { shift: Shift };
        activity = { ...activity, shifts: [body.shift] };
      }
      return response;
    }
    return json(404, {
      type: 'about:blank',
      title: 'x',
      status: 404,
      code: 'not_found',
      errors: [],
    });
  });
}

function renderButton() {
  return renderWithProviders(
    <Routes>
      <Route path="/activities/:id" element={<Harness />} />
    </Routes>,
    { path: `/activities/${activityId}`, session },
  );
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ShiftSignupButton', () => {
  it('signs up in one tap while there is room, then offers to cancel', async () => {
    const user = userEvent.setup();
    const signedUp = buildShift({
      confirmed: 5,
      mySignup: {
        id: 'a1b2c3d4-0000-4000-8000-000000000009',
        status: 'confirmed',
        waitingPosition: null,
      },
    });
    serve(buildActivity(buildShift()), (method) =>
      method === 'POST'
        ? json(201, { signup: signedUp.mySignup, shift: signedUp })
        : json(200, { shift: buildShift() }),
    );
    renderButton();
    await user.click(await screen.findByRole('button', { name: 'Anmäl mig' }));
    expect(await screen.findByText('Du är anmäld')).toBeTruthy();
    const signupCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/signup'));
    expect(signupCall?.[1]?.method).toBe('POST');

    await user.click(await screen.findByRole('button', { name: 'Avanmäl' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, avanmäl mig' }));
    expect(await screen.findByRole('button', { name: 'Anmäl mig' })).toBeTruthy();
    expect(screen.queryByText('Du är anmäld')).toBeNull();
  });

  it('puts me on the waiting list when the shift is full, with my place in the queue', async () => {
    const user = userEvent.setup();
    const full = buildShift({ capacity: 4, confirmed: 4, waiting: 2 });
    const waiting = {
      ...full,
      waiting: 3,
      mySignup: {
        id: 'a1b2c3d4-0000-4000-8000-000000000009',
        status: 'waiting' as const,
        waitingPosition: 3,
      },
    };
    serve(buildActivity(full), () => json(201, { signup: waiting.mySignup, shift: waiting }));
    renderButton();
    expect(await screen.findByText('Passet är fullt.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ställ mig på väntelistan' }));
    expect(await screen.findByText('Du står på väntelistan (plats 3)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Avanmäl' })).toBeTruthy();
  });

  it('after the cutoff, names the contact person instead of offering to cancel', async () => {
    const soon = buildShift({
      startsAt: hours(0.5),
      endsAt: hours(2.5),
      mySignup: {
        id: 'a1b2c3d4-0000-4000-8000-000000000009',
        status: 'confirmed',
        waitingPosition: null,
      },
    });
    serve(buildActivity(soon, 60), () => json(500, {}));
    renderButton();
    expect(await screen.findByText('Du är anmäld')).toBeTruthy();
    expect(
      screen.getByText(/för sent att avanmäla sig här.*Hör av dig till Lars Haddad\./),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('after the cutoff, tells someone not signed up that sign-up has closed', async () => {
    serve(buildActivity(buildShift({ startsAt: hours(0.5), endsAt: hours(2.5) }), 60), () =>
      json(500, {}),
    );
    renderButton();
    expect(await screen.findByText('Anmälan har stängt.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the server’s reason and goes back when a sign-up is refused', async () => {
    const user = userEvent.setup();
    serve(buildActivity(buildShift()), () =>
      json(409, {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        errors: [{ path: 'shift', code: 'cutoff_passed', message: 'The cutoff has passed' }],
      }),
    );
    renderButton();
    await user.click(await screen.findByRole('button', { name: 'Anmäl mig' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Anmälan har stängt för det här passet.',
    );
    await waitFor(() => expect(screen.queryByText('Du är anmäld')).toBeNull());
    expect(screen.getByRole('button', { name: 'Anmäl mig' })).toBeTruthy();
  });
});
