// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { AuditLogPage } from './AuditLogPage.tsx';

const organizer = {
  accountId: '44444444-4444-4444-8444-444444444444',
  firstName: 'Olle',
  lastName: 'Organisatör',
};
const coordinator = {
  accountId: '55555555-5555-4555-8555-555555555555',
  firstName: 'Karin',
  lastName: 'Samordnare',
};
const entry = (
  id: number,
  action: string,
  people: number | null,
  details: object,
  actor = organizer,
) => ({
  id: `66666666-6666-4666-8666-00000000000${id}`,
  action,
  actor,
  personId: action === 'person.view' ? '77777777-7777-4777-8777-777777777777' : null,
  people,
  details,
  createdAt: '2026-05-12T12:03:00.000Z',
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stub() {
  return stubFetch((url) => {
    if (url.startsWith('/api/audit-log/readers')) {
      return json({
        from: '2026-04-12T12:00:00.000Z',
        to: '2026-05-12T12:00:00.000Z',
        items: [
          { actor: organizer, reads: 4, people: 391, lastReadAt: '2026-05-12T12:03:00.000Z' },
          { actor: coordinator, reads: 2, people: 12, lastReadAt: '2026-05-11T08:00:00.000Z' },
        ],
      });
    }
    return json({
      items: [
        entry(1, 'people.list', 91, {
          list: 'register',
          query: { q: { length: 5 }, localGroupId: null, isMember: null },
          offset: 300,
          limit: 100,
          count: 91,
        }),
        entry(2, 'person.view', 1, { part: 'timeline' }),
        entry(3, 'people.list', 3, { list: 'group-members', query: {}, count: 3 }, coordinator),
      ],
      total: 3,
    });
  });
}

describe('AuditLogPage', () => {
  it('shows who read how much, and each entry with what, how many and when', async () => {
    stub();
    renderWithProviders(<AuditLogPage />, { session: sessionAs('admin') });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Olle Organisatör');
    expect(rows[1]!.textContent).toContain('391');
    expect(rows[2]!.textContent).toContain('Karin Samordnare');
    const items = await screen.findAllByRole('listitem');
    expect(items[0]!.textContent).toContain(
      'Visade registret (sökord på 5 tecken, rad 301–391) · 91 personer',
    );
    expect(items[1]!.textContent).toContain('Öppnade en persons tidslinje · 1 person');
    expect(within(items[1]!).getByRole('link', { name: 'Visa personen' })).toBeTruthy();
    expect(items[2]!.textContent).toContain('Visade en lokalgrupps medlemmar · 3 personer');
  });

  it("asks for an account's entries when its name is chosen, and for a period", async () => {
    const fetchMock = stub();
    renderWithProviders(<AuditLogPage />, { session: sessionAs('admin') });
    // In the summary, and on the coordinator's entry.
    const [inSummary] = await screen.findAllByRole('button', {
      name: 'Visa händelser för Karin Samordnare',
    });
    fireEvent.click(inSummary!);
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => String(url))).toContainEqual(
        expect.stringContaining(`accountId=${coordinator.accountId}`),
      ),
    );
    fireEvent.change(screen.getByLabelText('Från och med'), { target: { value: '2026-05-01' } });
    await waitFor(() =>
      expect(fetchMock.mock.calls.map(([url]) => String(url))).toContainEqual(
        expect.stringMatching(/\/api\/audit-log\?accountId=.*&from=2026-0[45]-/),
      ),
    );
    expect(screen.getByRole('button', { name: 'Rensa filtret' })).toBeTruthy();
  });
});
