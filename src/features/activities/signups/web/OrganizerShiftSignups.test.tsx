// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';
import { buildActivityDetail } from '../../schedule/web/schedule.fixtures.ts';
import type { Signup } from '../signups.contract.ts';
import { buildSignup } from './signups.fixtures.ts';
import { OrganizerShiftSignups } from './OrganizerShiftSignups.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const names = ['Alva Berg', 'Bo Dahl', 'Cecilia Ek', 'David Falk', 'Emma Gran'];

describe('marking attendance', () => {
  it('keeps the rows in place, so four clicks in a row mark the four people clicked', async () => {
    let signups: z.output<typeof Signup>[] = names.map((name, i) =>
      buildSignup({
        id: `e111111${i}-1111-4111-8111-111111111111`,
        person: { id: `6666666${i}-6666-4666-8666-666666666666`, name, isMember: true },
      }),
    );
    const marked: string[] = [];
    stubFetch((url, init) => {
      if (init?.method === 'PATCH') {
        const id = url.split('/').at(-1)!;
        const body = JSON.parse(String(init.body)) as { attended: boolean | null };
        const changed = { ...signups.find((signup) => signup.id === id)!, ...body };
        marked.push(changed.person.name);
        // As PostgreSQL may do with rows of equal sort keys: the updated one comes last.
        signups = [...signups.filter((signup) => signup.id !== id), changed];
        return json(changed);
      }
      return json({ items: signups });
    });
    renderWithProviders(<OrganizerShiftSignups activity={buildActivityDetail()} />, {
      session: sessionAs('organizer'),
    });

    const rowOf = (name: string) => screen.getByRole('group', { name: `Närvaro för ${name}` });
    const isMarked = (name: string) =>
      within(rowOf(name)).getByRole('button', { name: 'Kom' }).getAttribute('aria-pressed');
    await screen.findByText('Alva Berg');
    for (const [index, expected] of names.slice(0, 4).entries()) {
      // The volunteer goes down the list: the row at the same place each time.
      const groups = screen.getAllByRole('group', { name: /^Närvaro för/ });
      await userEvent.click(within(groups[index]!).getByRole('button', { name: 'Kom' }));
      await waitFor(() => expect(marked).toHaveLength(index + 1));
      await waitFor(() => expect(isMarked(expected)).toBe('true'));
    }
    expect(marked).toEqual(names.slice(0, 4));
    expect(isMarked('Emma Gran')).toBe('false');
  });
});
