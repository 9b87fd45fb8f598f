// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { ConsentForm } from './ConsentForm.tsx';

const personId = '55555555-5555-4555-8555-555555555555';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderForm(answer: (url: string, init?: RequestInit) => Response) {
  const fetchMock = stubFetch(answer);
  const onSaved = vi.fn();
  renderWithProviders(<ConsentForm personId={personId} onSaved={onSaved} onCancel={vi.fn()} />, {
    session: sessionAs('coordinator'),
  });
  return { fetchMock, onSaved };
}

describe('the consent form', () => {
  it('records purpose, day, source and wording', async () => {
    const { fetchMock, onSaved } = renderForm(() =>
      json(
        {
          id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
          purpose: 'newsletter',
          givenAt: '2024-03-15T12:00:00.000Z',
          source: 'Bokbord',
          wording: 'Ja tack',
          withdrawnAt: null,
        },
        201,
      ),
    );
    await userEvent.selectOptions(screen.getByLabelText('Gäller'), 'Nyhetsbrev');
    await userEvent.type(screen.getByLabelText('Datum', { exact: false }), '2024-03-15');
    await userEvent.type(screen.getByLabelText(/Var det gavs/), 'Bokbord');
    await userEvent.type(screen.getByLabelText(/Texten personen godkände/), 'Ja tack');
    await userEvent.click(screen.getByRole('button', { name: 'Spara samtycke' }));

    expect(onSaved).toHaveBeenCalled();
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    expect(url).toBe(`/api/people/${personId}/consents`);
    expect(JSON.parse(String(init?.body))).toEqual({
      purpose: 'newsletter',
      givenAt: '2024-03-15T12:00:00.000Z',
      source: 'Bokbord',
      wording: 'Ja tack',
    });
  });

  it('says what is missing and sends nothing', async () => {
    const { fetchMock, onSaved } = renderForm(() => json({}));
    await userEvent.click(screen.getByRole('button', { name: 'Spara samtycke' }));
    expect(screen.getByText('Skriv var samtycket gavs.')).toBeDefined();
    expect(screen.getByText('Skriv texten personen godkände.')).toBeDefined();
    expect(onSaved).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).includes('consents'))).toEqual([]);
  });
});
