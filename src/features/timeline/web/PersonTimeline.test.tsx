// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import type { TimelineEvent } from '../timeline.contract.ts';
import { PersonTimeline } from './PersonTimeline.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';

const personId = '55555555-5555-4555-8555-555555555555';
const anna = {
  accountId: '11111111-1111-4111-8111-111111111111',
  firstName: 'Anna',
  lastName: 'S',
};
const norra = { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Norra' };
const noteId = 'bbbbbbbb-0000-4000-8000-000000000001';

const firstPage: TimelineEvent[] = [
  {
    id: `note:${noteId}`,
    at: '2024-05-03T08:30:00.000Z',
    actor: anna,
    kind: 'note',
    noteId,
    body: 'Ringde.\nVill stå i valstugan.',
    canDelete: true,
  },
  {
    id: 'tag:cccccccc-0000-4000-8000-000000000001',
    at: '2024-05-02T10:00:00.000Z',
    actor: anna,
    kind: 'tagAdded',
    tag: { id: 'cccccccc-0000-4000-8000-000000000001', name: 'Volontär', colour: '#c8102e' },
  },
  {
    id: 'audit:dddddddd-0000-4000-8000-000000000001',
    at: '2024-05-01T10:00:00.000Z',
    actor: anna,
    kind: 'changed',
    fields: ['isMember', 'localGroupId'],
    changes: [
      { field: 'isMember', from: false, to: true },
      { field: 'localGroup', from: null, to: norra },
    ],
  },
  {
    id: 'audit:dddddddd-0000-4000-8000-000000000002',
    at: '2024-04-20T10:00:00.000Z',
    actor: null,
    kind: 'consent',
    purpose: 'newsletter',
    change: 'withdrawn',
  },
];
const secondPage: TimelineEvent[] = [
  {
    id: 'audit:dddddddd-0000-4000-8000-000000000003',
    at: '2024-03-01T10:00:00.000Z',
    actor: anna,
    kind: 'changed',
    fields: ['phone'],
    changes: [],
  },
  {
    id: `person:${personId}`,
    at: '2023-01-10T09:00:00.000Z',
    actor: anna,
    kind: 'created',
    isImported: true,
  },
];

const flygblad = { id: 'eeeeeeee-0000-4000-8000-000000000001', title: 'Flygblad vid Huddinge C' };
const bokbord = { id: 'eeeeeeee-0000-4000-8000-000000000002', title: 'Bokbord på torget' };
const firstShift = {
  id: 'ffffffff-0000-4000-8000-000000000001',
  title: 'Första passet',
  startsAt: '2024-05-03T10:00:00.000Z',
  endsAt: '2024-05-03T12:00:00.000Z',
};
const untitledShift = { ...firstShift, id: 'ffffffff-0000-4000-8000-000000000002', title: '' };
const signupId = (n: number) => `99999999-0000-4000-8000-00000000000${n}`;
const activityPage: TimelineEvent[] = [
  {
    id: `attendance:${signupId(1)}`,
    at: '2024-05-03T12:00:00.000Z',
    actor: null,
    kind: 'attendance',
    attended: true,
    activity: flygblad,
    shift: firstShift,
  },
  {
    id: `attendance:${signupId(2)}`,
    at: '2024-05-03T12:00:00.000Z',
    actor: null,
    kind: 'attendance',
    attended: false,
    activity: bokbord,
    shift: untitledShift,
  },
  {
    id: `unsignup:${signupId(3)}`,
    at: '2024-05-02T09:00:00.000Z',
    actor: null,
    kind: 'signupCancelled',
    activity: bokbord,
    shift: untitledShift,
  },
  {
    id: `signup:${signupId(4)}`,
    at: '2024-05-01T09:00:00.000Z',
    actor: null,
    kind: 'signup',
    source: 'self',
    status: 'waiting',
    activity: bokbord,
    shift: untitledShift,
  },
  {
    id: `signup:${signupId(1)}`,
    at: '2024-04-30T09:00:00.000Z',
    actor: null,
    kind: 'signup',
    source: 'self',
    status: 'confirmed',
    activity: flygblad,
    shift: firstShift,
  },
  {
    id: `signup:${signupId(5)}`,
    at: '2024-04-29T09:00:00.000Z',
    actor: anna,
    kind: 'signup',
    source: 'booked',
    status: 'confirmed',
    activity: flygblad,
    shift: untitledShift,
  },
  {
    id: `signup:${signupId(6)}`,
    at: '2024-04-28T09:00:00.000Z',
    actor: null,
    kind: 'signup',
    source: 'guest',
    status: 'cancelled',
    activity: bokbord,
    shift: firstShift,
  },
];

function renderTimeline(pageOne = firstPage) {
  const fetchMock = stubFetch((url, init) => {
    if (url.startsWith('/api/auth/session')) return json(sessionAs('organizer'));
    if (init?.method === 'POST') {
      const { body } = JSON.parse(String(init.body)) as { body: string };
      return json({ ...firstPage[0], id: 'note:new', body, at: '2024-05-04T09:00:00.000Z' }, 201);
    }
    if (init?.method === 'DELETE') return json({ ok: true });
    if (url.includes('cursor=sida2')) return json({ items: secondPage, nextCursor: null });
    return json({ items: pageOne, nextCursor: 'sida2' });
  });
  renderWithProviders(<PersonTimeline personId={personId} />, { session: sessionAs('organizer') });
  return fetchMock;
}

beforeEach(() => {
  // Only the clock is fixed (for "3 dagar sedan"); timers run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-05-04T10:00:00.000Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('PersonTimeline', () => {
  it('tells each event in Swedish, with who and when (roughly and exactly in Stockholm time)', async () => {
    renderTimeline();
    expect(await screen.findByText('Lade till taggen Volontär')).toBeTruthy();
    expect(screen.getByText('Anteckning')).toBeTruthy();
    expect(screen.getByText(/Ringde\./).className).toContain('pre-line');
    expect(screen.getByText('Ändrade medlemskap och lokalgrupp')).toBeTruthy();
    expect(screen.getByText('Blev medlem')).toBeTruthy();
    expect(screen.getByText('Lokalgrupp: ingen → Norra')).toBeTruthy();
    expect(screen.getByText('Samtycke till nyhetsbrev återkallades')).toBeTruthy();
    // 10:00 UTC is 12:00 in Stockholm in May; two days before the fixed "now".
    const changed = screen.getByText('Ändrade medlemskap och lokalgrupp').closest('li')!;
    expect(within(changed).getByText(/Anna S · /)).toBeTruthy();
    expect(within(changed).getByText(/1 maj 2024 12:00/)).toBeTruthy();
    expect(within(changed).getByText('för 3 dagar sedan').tagName).toBe('TIME');
  });

  it('shows more on "Visa fler" until there is no more', async () => {
    const fetchMock = renderTimeline();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByText('Importerade personen från en fil')).toBeTruthy();
    expect(screen.getByText('Ändrade telefon')).toBeTruthy();
    expect(screen.getByText('Lade till taggen Volontär')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.some((url) => url.includes('cursor=sida2'))).toBe(true);
  });

  it('tells sign-ups, bookings, cancellations and attendance, linking to the activity', async () => {
    renderTimeline(activityPage);
    // The activity's title is a link inside the sentence; the sentence is read as a whole.
    const sentence = (text: string) =>
      screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text);
    await screen.findAllByRole('link', { name: 'Flygblad vid Huddinge C' });
    const signedUp = sentence('Anmälde sig till Flygblad vid Huddinge C (Första passet)');
    expect(within(signedUp).getByRole('link').getAttribute('href')).toBe(
      `/activities/${flygblad.id}/manage`,
    );
    expect(within(signedUp.closest('li')!).getByText('3 maj 2024 12:00–14:00')).toBeTruthy();
    const booked = sentence('Bokades på Flygblad vid Huddinge C av Anna S');
    expect(within(booked.closest('li')!).getByText(/Anna S · /)).toBeTruthy();
    sentence('Står på väntelistan till Bokbord på torget');
    sentence('Avanmäldes från Bokbord på torget');
    sentence('Anmälde sig som gäst till Bokbord på torget (Första passet)');
    const attended = sentence('Deltog i Flygblad vid Huddinge C (Första passet)').closest('li')!;
    const noShow = sentence('Uteblev från Bokbord på torget').closest('li')!;
    // A no-show has an icon of its own.
    const icon = (item: Element) => item.querySelector('svg path')?.getAttribute('d');
    expect(icon(attended)).toBeTruthy();
    expect(icon(noShow)).not.toBe(icon(attended));
    expect(screen.getAllByRole('link', { name: 'Bokbord på torget' })).toHaveLength(4);
  });

  it('adds a note, refusing an empty one, and deletes one after asking', async () => {
    const fetchMock = renderTimeline();
    const user = userEvent.setup();
    await screen.findByText('Lade till taggen Volontär');
    await user.click(screen.getByRole('button', { name: 'Spara anteckning' }));
    expect(await screen.findByText('Skriv något först.')).toBeTruthy();
    await user.type(screen.getByLabelText('Ny anteckning'), 'Vill ha flygblad på arabiska.');
    await user.click(screen.getByRole('button', { name: 'Spara anteckning' }));
    await vi.waitFor(() => {
      const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
      expect(JSON.parse(String(post?.[1]?.body))).toEqual({
        body: 'Vill ha flygblad på arabiska.',
      });
    });
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Ny anteckning') as HTMLTextAreaElement).value).toBe(''),
    );

    await user.click(screen.getByRole('button', { name: /Ta bort anteckningen från 3 maj 2024/ }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort' }));
    await vi.waitFor(() => {
      const remove = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
      expect(String(remove?.[0])).toBe(`/api/people/${personId}/notes/${noteId}`);
    });
  });
});
