// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/atoms.ts';
import type { Session } from '../../shared/session.contract.ts';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { Slot, SlotProvider, slotTable, type SlotContribution } from './slots.tsx';

declare module './slots.tsx' {
  interface Slots {
    /** Only for these tests. */
    'slots-test:place': { word: string };
    'slots-test:empty': Record<string, never>;
  }
}

function sessionAs(role: Role): Session {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'anna@example.se',
      role,
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
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

/** A contribution that says which module it came from and the word it was handed. */
function contribution(module: string, role?: Role) {
  const load = vi.fn(async () => ({ word }: { word: string }) => <p>{`${module}: ${word}`}</p>);
  const entry: SlotContribution = { slot: 'slots-test:place', load, role };
  return { entry, load };
}

function renderSlots(contributions: SlotContribution[], session?: Session) {
  return renderWithProviders(
    <SlotProvider value={slotTable(contributions)}>
      <main>
        <h1>Sidan</h1>
        <Slot name="slots-test:place" props={{ word: 'hej' }} />
        <Slot name="slots-test:empty" props={{}} />
      </main>
    </SlotProvider>,
    { session },
  );
}

// Without a session given, the visitor is not logged in.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(JSON.stringify({ status: 401, code: 'unauthenticated' }), {
          status: 401,
          headers: { 'content-type': 'application/problem+json' },
        }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('slots', () => {
  it('shows the contributions in module order, each with the props the page hands it', async () => {
    const first = contribution('privacy');
    const second = contribution('timeline');
    renderSlots([first.entry, second.entry]);
    expect(await screen.findByText('timeline: hej')).toBeTruthy();
    expect(screen.getAllByText(/: hej$/).map((node) => node.textContent)).toEqual([
      'privacy: hej',
      'timeline: hej',
    ]);
  });

  it('loads a contribution only when its slot shows, and only once', async () => {
    const { entry, load } = contribution('privacy');
    const table = slotTable([entry]);
    expect(load).not.toHaveBeenCalled();
    renderWithProviders(
      <SlotProvider value={table}>
        <Slot name="slots-test:place" props={{ word: 'ett' }} />
        <Slot name="slots-test:place" props={{ word: 'två' }} />
      </SlotProvider>,
    );
    expect(await screen.findByText('privacy: två')).toBeTruthy();
    expect(screen.getByText('privacy: ett')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the page when one contribution fails to render, and says that part is missing', async () => {
    const broken: SlotContribution = {
      slot: 'slots-test:place',
      load: async () => () => {
        throw new TypeError('no districts');
      },
    };
    const fine = contribution('timeline');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderSlots([broken, fine.entry]);
    expect(await screen.findByText('timeline: hej')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Den här delen av sidan kunde inte visas.');
    expect(screen.getByRole('heading', { name: 'Sidan' })).toBeTruthy();
    quiet.mockRestore();
  });

  it('renders nothing where no module contributes', async () => {
    const { container } = renderSlots([]);
    await screen.findByRole('heading', { name: 'Sidan' });
    expect(container.querySelector('main')?.innerHTML).toBe('<h1>Sidan</h1>');
  });

  it('shows a contribution with a least role only to that role and up, and never loads it for others', async () => {
    const everyone = contribution('everyone');
    const admins = contribution('admins', 'admin');
    renderSlots([everyone.entry, admins.entry], sessionAs('organizer'));
    expect(await screen.findByText('everyone: hej')).toBeTruthy();
    expect(screen.queryByText('admins: hej')).toBeNull();
    expect(admins.load).not.toHaveBeenCalled();
    cleanup();

    renderSlots([everyone.entry, admins.entry], sessionAs('admin'));
    expect(await screen.findByText('admins: hej')).toBeTruthy();
  });
});
