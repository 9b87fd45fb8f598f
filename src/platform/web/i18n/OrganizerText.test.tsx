// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetLoadedMessages,
  LocaleProvider,
  OrganizerText,
  type Catalogs,
} from './LocaleProvider.tsx';

// The organizer catalogue as the network gives it: failing until told otherwise.
const load = { fails: true, calls: 0 };
const catalogs: Catalogs = {
  sv: {},
  loadEnglish: async () => ({}),
  loadOrganizer: async () => {
    load.calls++;
    if (load.fails) throw new TypeError('Failed to fetch dynamically imported module');
    return { 'organizer.hello': 'Hej organisatör' };
  },
};

beforeEach(() => {
  forgetLoadedMessages();
  vi.useFakeTimers();
  load.fails = true;
  load.calls = 0;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderGate() {
  return render(
    <LocaleProvider catalogs={catalogs} initialLocale="sv">
      <OrganizerText
        fallback={<p>Laddar</p>}
        failed={(_error, retry) => (
          <button type="button" onClick={retry}>
            Försök igen
          </button>
        )}
      >
        <p>Organisatörsvyn</p>
      </OrganizerText>
    </LocaleProvider>,
  );
}

describe('OrganizerText', () => {
  it('tries three times, then offers to try again, and shows the screens once it works', async () => {
    renderGate();
    expect(screen.getByText('Laddar')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(load.calls).toBe(3);
    const retry = screen.getByRole('button', { name: 'Försök igen' });

    load.fails = false;
    await act(async () => {
      retry.click();
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(screen.getByText('Organisatörsvyn')).toBeTruthy();
    expect(load.calls).toBe(4);
  });
});
