// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { CoveragePage } from './CoveragePage.tsx';
import { ELECTION_ID, mapAnswer } from './map-testing.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const none = { doorsKnocked: 0, conversations: 0, newContacts: 0, leaflets: 0 };
const place = (code: string, name: string, activities: number, daysSinceLast: number | null) => ({
  code,
  name,
  activities,
  byType: activities ? { '66666666-6666-4666-8666-666666666666': activities } : {},
  reports: activities,
  reached: { ...none, conversations: activities * 7 },
  lastActivityAt: daysSinceLast === null ? null : '2026-11-01T10:00:00.000Z',
  daysSinceLast,
});

describe('the coverage page', () => {
  it('asks for the last 90 days and counts the priority districts with no activity', async () => {
    const queries: string[] = [];
    stubFetch((url) => {
      if (url.startsWith('/api/areas/coverage')) {
        queries.push(url);
        return json({
          from: '2026-09-08',
          to: '2026-12-06',
          electionId: ELECTION_ID,
          activityTypes: [
            { id: '66666666-6666-4666-8666-666666666666', key: null, name: 'Dörrknackning' },
          ],
          districts: [
            place('01260001', 'Centrum', 2, 5),
            place('01260002', 'Flemingsberg', 0, null),
            place('01260003', 'Vårby', 0, 120),
          ],
          priorityAreas: [
            { ...place('', 'Söder', 0, 120), id: '55555555-5555-4555-8555-555555555555' },
          ],
          localGroups: [],
          unplaced: 1,
        });
      }
      if (url.startsWith('/api/areas/priority-areas'))
        return json({
          items: [
            {
              id: '55555555-5555-4555-8555-555555555555',
              name: 'Söder',
              districtCodes: ['01260002', '01260003'],
              createdAt: '2026-01-01T00:00:00.000Z',
            },
          ],
        });
      return mapAnswer(url) ?? json(sessionAs('organizer'));
    });
    renderWithProviders(<CoveragePage />, { session: sessionAs('organizer') });
    await screen.findByText('2 prioriterade valdistrikt har inte haft någon aktivitet i perioden.');
    const query = new URL(queries[0]!, 'http://x').searchParams;
    expect(query.get('electionId')).toBe(ELECTION_ID);
    const days = (Date.parse(query.get('to')!) - Date.parse(query.get('from')!)) / 86_400_000;
    expect(days).toBe(89);
    const districts = screen.getByRole('table', { name: 'Per valdistrikt' });
    const vårby = within(districts).getByRole('row', { name: /Vårby/ });
    expect(
      within(vårby)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vårby', '0', '0', '0', '0', '120']);
    screen.getByText('1 aktivitet i perioden saknar plats på kartan.');
  });
});
