// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import {
  activityTypes,
  campaignId,
  doorTypeId,
  typeId,
} from '../../activities/schedule/web/schedule.fixtures.ts';
import { campaigns } from '../../activities/campaigns/web/campaigns.fixtures.ts';
import { FilterBuilder } from './FilterBuilder.tsx';
import { conditionProblem, newGroup, toFilter } from './filter-draft.ts';

function Harness() {
  const [draft, setDraft] = useState(() => newGroup('and'));
  return (
    <>
      <FilterBuilder draft={draft} onChange={setDraft} />
      <pre data-testid="filter">{JSON.stringify(toFilter(draft).filter)}</pre>
    </>
  );
}

beforeEach(() => {
  stubFetch((url, init) => {
    if (url === '/api/people/search') return json({ items: [], total: 7 });
    if (url.startsWith('/api/activity-types')) return json(activityTypes);
    if (url.startsWith('/api/campaigns')) return json(campaigns);
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('participation conditions in the builder', () => {
  it('builds the condition from what, types, campaign and days', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { session: sessionAs('organizer') });
    await user.click(screen.getByRole('button', { name: 'Lägg till villkor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deltagande i aktiviteter' }));
    const row = screen.getByRole('group', { name: 'Deltagande i aktiviteter' });
    const shown = () => JSON.parse(screen.getByTestId('filter').textContent ?? '') as unknown;
    // Complete at once: signed up for anything, at any time.
    const blank = {
      type: 'participation',
      what: 'signedUp',
      activityTypeIds: [],
      campaignId: null,
      from: null,
      to: null,
    };
    expect(shown()).toEqual({ type: 'group', op: 'and', not: false, conditions: [blank] });

    await user.selectOptions(within(row).getByLabelText('Deltagande'), 'Uteblev');
    await user.click(within(row).getByRole('combobox', { name: 'Typ av aktivitet' }));
    await user.click(await screen.findByRole('option', { name: 'Dörrknackning' }));
    await user.click(within(row).getByRole('combobox', { name: 'Typ av aktivitet' }));
    await user.click(await screen.findByRole('option', { name: 'Flygbladsutdelning' }));
    await within(row).findByRole('option', { name: 'Valet 2026' });
    await user.selectOptions(within(row).getByLabelText('Kampanj'), 'Valet 2026');
    await user.type(within(row).getByLabelText('Passet börjar från och med'), '2026-05-01');
    await user.type(within(row).getByLabelText('Passet börjar till och med'), '2026-04-01');
    expect(within(row).getByText('Början ligger efter slutet.')).toBeTruthy();
    expect(shown()).toEqual({ type: 'group', op: 'and', not: false, conditions: [] });

    await user.clear(within(row).getByLabelText('Passet börjar till och med'));
    await user.type(within(row).getByLabelText('Passet börjar till och med'), '2026-05-31');
    expect(shown()).toEqual({
      type: 'group',
      op: 'and',
      not: false,
      conditions: [
        {
          ...blank,
          what: 'noShow',
          activityTypeIds: [doorTypeId, typeId],
          campaignId,
          from: '2026-05-01',
          to: '2026-05-31',
        },
      ],
    });
  });

  it('accepts open ends and refuses a reversed range', () => {
    const base = {
      type: 'participation' as const,
      what: 'attended' as const,
      activityTypeIds: [],
      campaignId: null,
    };
    expect(conditionProblem({ ...base, from: null, to: null })).toBeNull();
    expect(conditionProblem({ ...base, from: '2026-06-01', to: '2026-05-01' })).toBe('order');
  });
});
