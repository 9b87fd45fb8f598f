// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import {
  activityId,
  activityTypes,
  buildActivityDetail,
  buildShiftSummary,
  localGroups,
  typeId,
} from '../../schedule/web/schedule.fixtures.ts';
import { campaigns } from './campaigns.fixtures.ts';
import { ActivityEditorPage } from './ActivityEditorPage.tsx';

const districts = { type: 'FeatureCollection', features: [] };
const secondShift = buildShiftSummary({
  id: 'd2222222-2222-4222-8222-222222222222',
  startsAt: '2025-05-10T10:00:00.000Z',
  endsAt: '2025-05-10T12:00:00.000Z',
  confirmed: 0,
});
const occurrence = buildActivityDetail({
  seriesId: '99999999-9999-4999-8999-999999999999',
  shifts: [buildShiftSummary(), secondShift],
});

let answers: Record<string, (init?: RequestInit) => Response>;
let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  // The story's day is still ahead: only a date set before this one is "in the past".
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-05-01T08:00:00Z') });
  answers = {};
  fetchMock = stubFetch((url, init) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    const answer = answers[key];
    if (answer) return answer(init);
    if (url.endsWith('.geojson')) return json(districts);
    if (url.startsWith('/api/activity-types')) return json(activityTypes);
    if (url.startsWith('/api/campaigns')) return json(campaigns);
    if (url.startsWith('/api/local-groups')) return json(localGroups);
    if (url === `/api/activities/${activityId}`) return json(occurrence);
    if (url === '/api/session') return json(sessionAs('organizer'));
    throw new Error(`unexpected ${key}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderEditor(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/activities/new" element={<ActivityEditorPage />} />
      <Route path="/activities/:id/edit" element={<ActivityEditorPage />} />
      <Route path="/activities/:id/manage" element={<p>Sparad</p>} />
    </Routes>,
    { path, session: sessionAs('organizer') },
  );
}

function bodyOf(method: string, url: string): unknown {
  const call = fetchMock.mock.calls.find(
    ([callUrl, init]) => String(callUrl) === url && init?.method === method,
  );
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
}

const setValue = (element: HTMLElement, value: string) =>
  fireEvent.change(element, { target: { value } });

describe('ActivityEditorPage', () => {
  it('creates a weekly series with its shifts, skipping an unticked date', async () => {
    const user = userEvent.setup();
    answers['POST /api/activity-series'] = () =>
      json({ series: {}, activityIds: [activityId] }, 201);
    renderEditor('/activities/new?date=2025-05-10');
    await user.type(await screen.findByLabelText(/Rubrik/), 'Bokbord på torget');
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Flygbladsutdelning' })).toBeTruthy(),
    );
    await user.selectOptions(screen.getByLabelText(/Typ av aktivitet/), 'Flygbladsutdelning');
    setValue(screen.getByLabelText(/^Börjar/), '2025-05-10T10:00');
    // The end moved with the start: 18:00–20:00 became 10:00–12:00.
    expect((screen.getByLabelText(/^Slutar/) as HTMLInputElement).value).toBe('2025-05-10T12:00');
    setValue(screen.getByLabelText(/^Slutar/), '2025-05-10T14:00');

    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    const first = screen.getByRole('group', { name: 'Pass 1' });
    const second = screen.getByRole('group', { name: 'Pass 2' });
    setValue(within(first).getByLabelText(/^Slutar/), '2025-05-10T12:00');
    await user.type(within(first).getByLabelText(/Platser/), '6');
    await user.type(within(first).getByLabelText(/Önskat antal/), '4');
    setValue(within(second).getByLabelText(/^Börjar/), '2025-05-10T12:00');
    setValue(within(second).getByLabelText(/^Slutar/), '2025-05-10T14:00');

    await user.click(screen.getByLabelText('Upprepa aktiviteten'));
    setValue(screen.getByLabelText(/Till och med/), '2025-05-31');
    expect(screen.getByText(/4 tillfällen/)).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /17 maj/ }));
    expect(screen.getByText(/3 tillfällen/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Skapa aktiviteten' }));
    expect(await screen.findByText('Sparad')).toBeTruthy();
    expect(bodyOf('POST', '/api/activity-series')).toEqual({
      activity: {
        title: 'Bokbord på torget',
        typeId,
        campaignId: null,
        localGroupId: null,
        place: '',
        latitude: null,
        longitude: null,
        // 10:00 in Stockholm, summer time.
        startsAt: '2025-05-10T08:00:00.000Z',
        endsAt: '2025-05-10T12:00:00.000Z',
        description: '',
        contactPersonId: null,
        visibility: 'draft',
        publishAt: null,
        signupCutoffMinutes: 0,
        reminderOffsetMinutes: 1440,
        imageUrl: null,
        shifts: [
          {
            title: '',
            startsAt: '2025-05-10T08:00:00.000Z',
            endsAt: '2025-05-10T10:00:00.000Z',
            capacity: 6,
            wanted: 4,
          },
          {
            title: '',
            startsAt: '2025-05-10T10:00:00.000Z',
            endsAt: '2025-05-10T12:00:00.000Z',
            capacity: null,
            wanted: null,
          },
        ],
      },
      recurrence: 'weekly',
      untilOn: '2025-05-31',
      exceptions: ['2025-05-17'],
    });
  });

  it('checks the form with the contract before sending, and shows the server’s field errors', async () => {
    const user = userEvent.setup();
    answers['POST /api/activities'] = () =>
      json(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'validation',
          errors: [{ path: 'body.typeId', code: 'unknown_type', message: 'No such type' }],
        },
        400,
      );
    renderEditor('/activities/new?date=2025-05-10');
    await user.click(await screen.findByRole('button', { name: 'Skapa aktiviteten' }));
    expect(await screen.findByText('Ge aktiviteten en rubrik.')).toBeTruthy();
    expect(screen.getByText('Välj typ av aktivitet.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText(/Rubrik/), 'Medlemsmöte');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Dörrknackning' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(/Typ av aktivitet/), 'Dörrknackning');
    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    const shift = screen.getByRole('group', { name: 'Pass 1' });
    await user.type(within(shift).getByLabelText(/Platser/), '2');
    await user.type(within(shift).getByLabelText(/Önskat antal/), '5');
    await user.click(screen.getByRole('button', { name: 'Skapa aktiviteten' }));
    expect(await within(shift).findByText('Fler önskade än det finns platser.')).toBeTruthy();

    await user.clear(within(shift).getByLabelText(/Önskat antal/));
    await user.click(screen.getByRole('button', { name: 'Skapa aktiviteten' }));
    expect(await screen.findByText('Välj typ av aktivitet.')).toBeTruthy();
    expect((bodyOf('POST', '/api/activities') as { title: string }).title).toBe('Medlemsmöte');
  });

  it('changes this and following occurrences, and brings the shifts in line', async () => {
    const user = userEvent.setup();
    answers[`PATCH /api/activities/${activityId}`] = () => json(occurrence);
    answers[`PATCH /api/shifts/${secondShift.id}`] = () => json(secondShift);
    answers[`DELETE /api/shifts/${buildShiftSummary().id}`] = () => json({ ok: true });
    answers[`POST /api/activities/${activityId}/shifts`] = () => json(buildShiftSummary(), 201);
    renderEditor(`/activities/${activityId}/edit`);
    const title = await screen.findByLabelText(/Rubrik/);
    await user.clear(title);
    await user.type(title, 'Flygblad vid stationen');
    await user.click(
      within(screen.getByRole('group', { name: 'Pass 1' })).getByRole('button', {
        name: 'Ta bort pass 1',
      }),
    );
    const kept = screen.getByRole('group', { name: 'Pass 1' });
    await user.type(within(kept).getByLabelText(/Platser/), '0');
    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    await user.click(screen.getByLabelText('Det här och alla följande tillfällen'));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    // The new shift runs past the activity's end: said, then saved when asked again.
    expect(
      within(screen.getByRole('alert')).getByText(/^Pass 2 ligger utanför aktivitetens tid/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara ändå' }));
    expect(await screen.findByText('Sparad')).toBeTruthy();
    expect(bodyOf('PATCH', `/api/activities/${activityId}`)).toEqual({
      scope: 'following',
      title: 'Flygblad vid stationen',
    });
    expect(bodyOf('PATCH', `/api/shifts/${secondShift.id}`)).toEqual({ capacity: 100 });
    // A new row follows the last one and lasts as long.
    expect(bodyOf('POST', `/api/activities/${activityId}/shifts`)).toEqual({
      title: '',
      startsAt: '2025-05-10T12:00:00.000Z',
      endsAt: '2025-05-10T14:00:00.000Z',
      capacity: null,
      wanted: null,
    });
    expect(
      fetchMock.mock.calls.some(
        ([url, init]) => init?.method === 'DELETE' && String(url).endsWith(buildShiftSummary().id),
      ),
    ).toBe(true);
  });

  it('warns before saving a shift outside the activity and a date gone by, then saves', async () => {
    const user = userEvent.setup();
    answers['POST /api/activities'] = () => json(buildActivityDetail(), 201);
    renderEditor('/activities/new?date=2025-04-20');
    await user.type(await screen.findByLabelText(/Rubrik/), 'Bokbord');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Dörrknackning' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText(/Typ av aktivitet/), 'Dörrknackning');
    setValue(screen.getByLabelText(/^Börjar/), '2025-04-20T10:00');
    setValue(screen.getByLabelText(/^Slutar/), '2025-04-20T13:00');
    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till pass' }));
    const second = screen.getByRole('group', { name: 'Pass 2' });
    expect(
      within(second).getByText(/^Pass 2 ligger utanför aktivitetens tid \(20 apr/),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Skapa aktiviteten' }));
    const warning = screen.getByRole('alert');
    expect(within(warning).getByText('Kontrollera innan du sparar')).toBeTruthy();
    expect(
      within(warning).getByText(/^Aktiviteten börjar vid en tid som redan har varit/),
    ).toBeTruthy();
    expect(within(warning).getByText(/^Pass 2 ligger utanför/)).toBeTruthy();
    expect(bodyOf('POST', '/api/activities')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Spara ändå' }));
    expect(await screen.findByText('Sparad')).toBeTruthy();
    expect(bodyOf('POST', '/api/activities')).toMatchObject({
      startsAt: '2025-04-20T08:00:00.000Z',
    });
  });
});
