// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { GroupDistricts } from './GroupDistricts.tsx';
import { mapAnswer } from './map-testing.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const GROUP = '77777777-7777-4777-8777-777777777777';

function answer(districtNames: Record<string, string>) {
  const districtCodes = Object.keys(districtNames);
  stubFetch((url) => {
    if (url === '/api/areas/local-groups')
      return json({
        items: [{ localGroupId: GROUP, name: 'Flemingsberg', districtCodes, districtNames }],
      });
    return mapAnswer(url) ?? json(sessionAs('organizer'));
  });
}

describe("a local group's page: its election districts", () => {
  it('names the districts of the map election, with a link to change them on the map', async () => {
    answer({ '01260002': 'Flemingsberg', '01260001': 'Centrum' });
    renderWithProviders(<GroupDistricts groupId={GROUP} name="Flemingsberg" />, {
      session: sessionAs('organizer'),
    });
    await screen.findByText(/2 valdistrikt: Centrum och Flemingsberg/);
    const link = screen.getByRole('link', { name: 'Visa och ändra på kartan' });
    expect(link.getAttribute('href')).toBe('/areas/local-groups');
  });

  it('says when the group has none yet', async () => {
    answer({});
    renderWithProviders(<GroupDistricts groupId={GROUP} name="Flemingsberg" />, {
      session: sessionAs('organizer'),
    });
    await screen.findByText('Gruppen har inga valdistrikt ännu.');
    screen.getByRole('link', { name: 'Välj gruppens valdistrikt på kartan' });
  });
});
