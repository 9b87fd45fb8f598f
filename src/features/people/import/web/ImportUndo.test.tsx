// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import { ImportUndo } from './ImportUndo.tsx';

const importId = '77777777-7777-4777-8777-777777777777';
const summary = {
  created: 12,
  updated: 3,
  skipped: 0,
  errors: [],
  encoding: 'utf-8',
  delimiter: ';',
  isDryRun: false,
  hasMembershipColumn: true,
  membershipDefaulted: 0,
  newPeopleAre: 'contacts' as const,
  importId,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('undoing an import from its result', () => {
  it('asks first, then says what was removed, set back and kept', async () => {
    const fetchMock = stubFetch((url) =>
      url.endsWith('/undo')
        ? json({ removed: 11, keptCreated: 1, restored: 3, keptChanged: 0 })
        : json(sessionAs('admin')),
    );
    renderWithProviders(<ImportUndo summary={summary} />, { session: sessionAs('admin') });
    await userEvent.click(screen.getByRole('button', { name: 'Ångra importen …' }));
    expect(screen.getByText(/De 12 nya tas bort, utom de som har ändrats/)).toBeDefined();
    const undoCalls = () =>
      fetchMock.mock.calls.filter(
        ([url]) => String(url) === `/api/people/imports/${importId}/undo`,
      );
    expect(undoCalls()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, ångra importen' }));
    expect(
      await screen.findByText(
        'Importen är ångrad: 11 personer borttagna, 3 fick tillbaka sina uppgifter.',
      ),
    ).toBeDefined();
    expect(
      screen.getByText(
        '1 ny person finns kvar, eftersom den har ändrats eller använts sedan importen.',
      ),
    ).toBeDefined();
    expect(undoCalls()).toHaveLength(1);
  });
});
