// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { LocalGroupAreasPage } from './LocalGroupAreasPage.tsx';
import { mapAnswer } from './map-testing.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const GROUP = '77777777-7777-4777-8777-777777777777';
const OTHER = '88888888-8888-4888-8888-888888888888';

describe("the local groups' areas page", () => {
  it("gives a group a district from the list, and shows another group's", async () => {
    const puts: Array<{ url: string; body: unknown }> = [];
    stubFetch((url, init) => {
      if (init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as { districtCodes: string[] };
        puts.push({ url, body });
        return json({ localGroupId: GROUP, name: 'Flemingsberg', ...body });
      }
      if (url === '/api/areas/local-groups')
        return json({
          items: [
            { localGroupId: GROUP, name: 'Flemingsberg', districtCodes: ['01260002'] },
            { localGroupId: OTHER, name: 'Vårby', districtCodes: ['01260003'] },
          ],
        });
      return mapAnswer(url) ?? json(sessionAs('organizer'));
    });
    renderWithProviders(<LocalGroupAreasPage />, { session: sessionAs('organizer') });
    const user = userEvent.setup();
    await screen.findByText('Flemingsberg arbetar i 1 valdistrikt.');
    const centrum = screen.getByRole('checkbox', { name: 'Välj Centrum' }) as HTMLInputElement;
    expect(centrum.checked).toBe(false);
    expect(screen.getAllByText('Vårby').length).toBeGreaterThanOrEqual(2); // the district and its group
    await user.click(centrum);
    screen.getByText('Flemingsberg arbetar i 2 valdistrikt.');
    await user.click(screen.getByRole('button', { name: 'Spara Flemingsbergs valdistrikt' }));
    await waitFor(() =>
      expect(puts).toEqual([
        {
          url: `/api/areas/local-groups/${GROUP}`,
          body: { districtCodes: ['01260002', '01260001'] },
        },
      ]),
    );
  });
});
