// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { tagList } from '../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { FilterBuilder } from './FilterBuilder.tsx';
import { newGroup, toFilter } from './filter-draft.ts';

const valarbetare = '77777777-7777-4777-8777-777777777777';
const empty = { type: 'group', op: 'and', not: false, conditions: [] };

/** The builder with its state, and the filter it would send, as the editor page holds them. */
function Harness() {
  const [draft, setDraft] = useState(() => newGroup('and'));
  return (
    <>
      <FilterBuilder draft={draft} onChange={setDraft} />
      <pre data-testid="filter">{JSON.stringify(toFilter(draft).filter)}</pre>
    </>
  );
}

function shownFilter() {
  return JSON.parse(screen.getByTestId('filter').textContent ?? '') as unknown;
}

/** The filters the live count asked about, in order. */
function countedFilters(fetchMock: ReturnType<typeof stubFetch>) {
  return fetchMock.mock.calls
    .filter(([url]) => String(url) === '/api/people/search')
    .map(([, init]) => JSON.parse(String(init?.body)) as { filter: unknown; limit: number });
}

let fetchMock: ReturnType<typeof stubFetch>;
beforeEach(() => {
  fetchMock = stubFetch((url, init) => {
    if (url === '/api/people/search') {
      const body = JSON.parse(String(init?.body)) as { filter: { conditions: unknown[] } };
      // Each condition narrows the count, so a new count is visible.
      return json({ items: [], total: 312 - 100 * body.filter.conditions.length });
    }
    if (url.startsWith('/api/tags')) return json(tagList);
    if (url.startsWith('/api/local-groups')) return json({ items: [] });
    if (url.startsWith('/api/custom-fields')) return json({ items: [] });
    if (url.startsWith('/api/session')) return json(sessionAs('organizer'));
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${url}`);
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function addCondition(
  user: ReturnType<typeof userEvent.setup>,
  kind: string,
  scope?: HTMLElement,
) {
  const where = scope ? within(scope) : screen;
  await user.click(where.getAllByRole('button', { name: 'Lägg till villkor' }).at(-1)!);
  await user.click(await screen.findByRole('menuitem', { name: kind }));
}

describe('FilterBuilder', () => {
  it('counts everyone while there are no conditions', async () => {
    renderWithProviders(<Harness />, { session: sessionAs('organizer') });
    expect(screen.getByText('Inga villkor än: alla i registret matchar.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Räknar …');
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(await screen.findByText('312 personer matchar')).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('false');
    expect(countedFilters(fetchMock)).toEqual([{ filter: empty, limit: 0 }]);
  });

  it('sends a condition only once it is complete, saying what is missing until then', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { session: sessionAs('organizer') });
    await screen.findByText('312 personer matchar');
    await addCondition(user, 'Namn, adress eller annan uppgift');
    const row = screen.getByRole('group', { name: 'Namn, adress eller annan uppgift' });
    expect(within(row).getByText('Skriv vad uppgiften ska jämföras med.')).toBeTruthy();
    expect(screen.getByText('Ett villkor är inte klart och räknas inte.')).toBeTruthy();
    expect(shownFilter()).toEqual(empty);

    await user.selectOptions(within(row).getByLabelText('Uppgift'), 'Ort');
    await user.type(within(row).getByLabelText('Värde'), 'Huddinge');
    expect(within(row).queryByText('Skriv vad uppgiften ska jämföras med.')).toBeNull();
    const city = { type: 'text', field: 'city', op: 'contains', value: 'Huddinge' };
    expect(shownFilter()).toEqual({ ...empty, conditions: [city] });
    // Counted once typing pauses (every letter, on a slow machine), never with an empty value.
    expect(await screen.findByText('212 personer matchar')).toBeTruthy();
    const counted = countedFilters(fetchMock);
    expect(counted[0]).toEqual({ filter: empty, limit: 0 });
    expect(counted.at(-1)).toEqual({ filter: { ...empty, conditions: [city] }, limit: 0 });
    expect(counted.length).toBeLessThan(2 + 'Huddinge'.length);
  });

  it('nests an OR group, negates it, and removes conditions and groups', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { session: sessionAs('organizer') });
    await addCondition(user, 'Medlem eller kontakt');
    await user.click(screen.getByRole('button', { name: 'Lägg till grupp' }));
    const group = screen.getByRole('group', { name: 'Grupp av villkor' });
    expect(within(group).getByText('Gruppen har inga villkor och räknas inte.')).toBeTruthy();

    await addCondition(user, 'Taggar', group);
    const tags = within(group).getByRole('group', { name: 'Taggar' });
    await user.click(within(tags).getByRole('combobox', { name: 'Taggar' }));
    await user.click(await screen.findByRole('option', { name: 'Valarbetare' }));
    await user.selectOptions(within(tags).getByLabelText('Måste ha'), 'alla taggarna');
    await addCondition(user, 'Födelseår', group);
    await user.type(within(group).getByLabelText('Född tidigast (år)'), '1990');
    await user.click(within(group).getByRole('checkbox', { name: 'Uteslut dem som matchar' }));

    const member = { type: 'membership', isMember: true };
    const tag = { type: 'tag', tagIds: [valarbetare], match: 'all' };
    const born = { type: 'birthYear', from: 1990, to: null };
    expect(shownFilter()).toEqual({
      ...empty,
      conditions: [member, { type: 'group', op: 'or', not: true, conditions: [tag, born] }],
    });
    await waitFor(() => expect(countedFilters(fetchMock).at(-1)?.filter).toEqual(shownFilter()));

    await user.click(within(group).getByRole('button', { name: 'Ta bort villkoret Födelseår' }));
    expect(shownFilter()).toEqual({
      ...empty,
      conditions: [member, { type: 'group', op: 'or', not: true, conditions: [tag] }],
    });
    await user.click(within(group).getByRole('button', { name: 'Ta bort gruppen' }));
    expect(shownFilter()).toEqual({ ...empty, conditions: [member] });
  });

  it('combines the top group with OR', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { session: sessionAs('organizer') });
    await addCondition(user, 'Medlem eller kontakt');
    await addCondition(user, 'Gallring');
    await user.click(screen.getByText('minst ett villkor'));
    expect(screen.getAllByText('eller')).toHaveLength(1);
    expect(shownFilter()).toEqual({
      ...empty,
      op: 'or',
      conditions: [
        { type: 'membership', isMember: true },
        { type: 'retention', flagged: true },
      ],
    });
  });
});
