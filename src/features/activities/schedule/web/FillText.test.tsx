// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { FillText } from './CalendarItem.tsx';
import type { CalendarActivity } from './calendar-items.ts';

type Shift = CalendarActivity['shifts'][number];

afterEach(cleanup);

function renderFill(shift: Pick<Shift, 'confirmed' | 'waiting' | 'wanted' | 'capacity'>) {
  renderWithProviders(
    <p data-testid="fill">
      <FillText activity={{ shifts: [shift as Shift] }} />
    </p>,
  );
  return screen.getByTestId('fill').textContent;
}

it('says how many signed up of how many are wanted, and the room there is', () => {
  expect(renderFill({ confirmed: 1, waiting: 0, wanted: 4, capacity: 6 })).toBe(
    '1 av 4 anmälda · max 6',
  );
});

it('says "more than needed" when more signed up than were wanted, not "6 av 2"', () => {
  expect(renderFill({ confirmed: 6, waiting: 0, wanted: 2, capacity: 6 })).toBe(
    '6 anmälda – fler än de 2 som behövs · max 6',
  );
});
