// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { ElectionImportPage } from './ElectionImportPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const report = {
  election: 'Kommunval 2022',
  municipality: { code: '0126', name: 'Huddinge' },
  projection: 'sweref99tm',
  districts: 64,
  matched: 63,
  unmatched: ['01260999'],
  polygonsWithoutResults: ['01260999'],
  resultsWithoutPolygons: [],
  unallocated: 1,
  eligibleVoters: 84765,
  votesCast: 62949,
  validVotes: 62000,
  replaces: false,
};
const choose =
  'Geometrifilen innehåller 2 kommuner; välj en av dem: 0126 Huddinge (64 valdistrikt), 0127 Botkyrka (40 valdistrikt).';

describe('the election import page', () => {
  it('asks for a municipality when the file has several, previews, then imports', async () => {
    const bodies: Array<{ url: string; body: Record<string, unknown> }> = [];
    stubFetch((url, init) => {
      const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
      bodies.push({ url, body });
      if (url === '/api/areas/import/preview')
        return body.municipality
          ? json(report)
          : json(
              {
                type: 'about:blank',
                title: 'Bad Request',
                status: 400,
                code: 'validation',
                detail: choose,
                errors: [
                  { path: 'body.municipality', code: 'choose_municipality', message: choose },
                ],
              },
              400,
            );
      if (url === '/api/areas/import')
        return json(
          {
            election: {
              id: '11111111-1111-4111-8111-111111111111',
              name: 'Kommunval 2022',
              municipalityCode: '0126',
              municipalityName: 'Huddinge',
              eligibleVoters: 84765,
              votesCast: 62949,
              validVotes: 62000,
              turnout: 0.7426,
              districtCount: 64,
              importedAt: '2026-01-01T00:00:00.000Z',
            },
            report,
          },
          201,
        );
      return json(sessionAs('organizer'));
    });
    renderWithProviders(<ElectionImportPage />, { session: sessionAs('organizer') });
    const user = userEvent.setup();
    const [geometryInput, resultsInput] =
      document.querySelectorAll<HTMLInputElement>('input[type="file"]');
    await user.upload(
      geometryInput!,
      new File(['{"type":"FeatureCollection","features":[]}'], 'vd.json'),
    );
    // The districts' rows and the unallocated early votes, as the cleaned data keeps them.
    await user.upload(resultsInput!, [
      new File(['district_code\n01260103\n'], 'kommun.csv'),
      new File(['\uFEFFdistrict_code\n01269800\n'], 'kommun_unallocated.csv'),
    ]);
    await user.type(screen.getByLabelText(/Valets namn/), 'Kommunval 2022');
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    expect(await screen.findByText(choose)).toBeDefined();

    await user.type(screen.getByRole('combobox', { name: /^Kommun/ }), 'Hud');
    await user.click(await screen.findByRole('option', { name: '0126 Huddinge' }));
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    expect(await screen.findByText('Huddinge (0126)')).toBeDefined();
    expect(screen.getByText('01260999')).toBeDefined();
    expect(screen.getByText(/Källa: Valmyndigheten/)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByText('Kommunval 2022 är importerat: 64 valdistrikt.')).toBeDefined();
    const imported = bodies.find((call) => call.url === '/api/areas/import');
    expect(imported?.body).toMatchObject({
      election: 'Kommunval 2022',
      municipality: '0126',
      results: 'district_code\n01260103\ndistrict_code\n01269800\n',
    });
  });
});
