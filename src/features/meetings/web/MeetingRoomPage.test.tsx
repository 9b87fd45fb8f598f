// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import type { LiveState, SpeakerEntry } from '../meeting-live.contract.ts';
import { MeetingRoomPage } from './MeetingRoomPage.tsx';

const meetingId = '7a0c3f5e-1c1d-4b7e-9a0e-2f4f5d6e7a8b';
const itemId = '8b1d4f6a-2d2e-4c8f-8b1f-3a5a6e7f8a9c';
const session = sessionAs('activist');
const now = '2026-10-14T17:00:00.000Z';

function entry(id: string, name: string, personId: string, extra: Partial<SpeakerEntry> = {}) {
  return {
    id,
    itemId,
    person: { id: personId, name },
    kind: 'speech' as const,
    replyToId: null,
    requestedAt: now,
    isFirstTime: true,
    startedAt: null,
    endedAt: null,
    ...extra,
  };
}

function live(me: Partial<LiveState['me']>, extra: Partial<LiveState> = {}): LiveState {
  return {
    meetingId,
    version: 3,
    serverNow: now,
    title: 'Medlemsmöte i Flemingsberg',
    theme: '',
    openedAt: now,
    closedAt: null,
    currentItem: { id: itemId, position: 2, title: 'Hyrorna', kind: 'discussion' },
    firstTimeSpeakersFirst: true,
    speakingSeconds: 120,
    replySeconds: 60,
    current: {
      ...entry(
        'e1111111-1111-4111-8111-111111111111',
        'Eva Eriksson',
        '44444444-4444-4444-8444-444444444444',
        { startedAt: now },
      ),
      limitSeconds: 120,
    },
    queue: [
      entry(
        'e2222222-2222-4222-8222-222222222222',
        'Lars Haddad',
        '55555555-5555-4555-8555-555555555555',
      ),
    ],
    attendanceCount: 12,
    quorum: null,
    me: { isCheckedIn: true, entryId: null, place: null, canChair: false, ...me },
    chair: null,
    ...extra,
  };
}

function renderRoom() {
  renderWithProviders(
    <Routes>
      <Route path="/meetings/:id/room" element={<MeetingRoomPage />} />
    </Routes>,
    { path: `/meetings/${meetingId}/room`, session },
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MeetingRoomPage', () => {
  it('asks for the code first, and says plainly when it is wrong', async () => {
    const fetchMock = stubFetch((url, init) =>
      init?.method === 'POST'
        ? json({ code: 'forbidden', title: 'Forbidden', status: 403, errors: [] }, 403)
        : json(live({ isCheckedIn: false })),
    );
    renderRoom();
    await userEvent.type(await screen.findByLabelText(/Kod/), 'abc123');
    await userEvent.click(screen.getByRole('button', { name: 'Checka in' }));
    expect(await screen.findByText(/Koden stämmer inte/)).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(post?.[0])).toBe(`/api/meetings/${meetingId}/check-in`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ code: 'abc123' });
  });

  it('asks for the floor, and offers a reply to the one speaking', async () => {
    const fetchMock = stubFetch((url, init) =>
      init?.method === 'POST'
        ? json(entry('e3', 'Anna Svensson', session.user.personId), 201)
        : json(live({})),
    );
    renderRoom();
    expect(await screen.findByText('Eva Eriksson')).toBeTruthy();
    expect(screen.getByText('Talarlista (1)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Replik på Eva Eriksson' }));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(post?.[0])).toBe(`/api/meetings/${meetingId}/speakers`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      kind: 'reply',
      replyToId: 'e1111111-1111-4111-8111-111111111111',
    });
  });

  it('shows my place in the queue, and that I have the floor when I do', async () => {
    stubFetch(() => json(live({ entryId: 'e2222222-2222-4222-8222-222222222222', place: 1 })));
    renderRoom();
    expect(await screen.findByText('Du är nummer 1 i talarlistan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stryk mig från talarlistan' })).toBeTruthy();
    cleanup();
    const speaking = live({});
    speaking.current = {
      ...speaking.current!,
      person: { id: session.user.personId, name: 'Anna Svensson' },
    };
    stubFetch(() => json(speaking));
    renderRoom();
    expect(await screen.findByText('Du har ordet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Begär ordet' })).toBeNull();
  });

  it('says in plain words why the server refused', async () => {
    stubFetch((url, init) =>
      init?.method === 'POST'
        ? json(
            {
              code: 'conflict',
              title: 'Conflict',
              status: 409,
              errors: [{ path: 'meeting', code: 'already_listed', message: 'Already listed' }],
            },
            409,
          )
        : json(live({})),
    );
    renderRoom();
    await userEvent.click(await screen.findByRole('button', { name: 'Begär ordet' }));
    expect(await screen.findByText('Du står redan på talarlistan.')).toBeTruthy();
  });
});
