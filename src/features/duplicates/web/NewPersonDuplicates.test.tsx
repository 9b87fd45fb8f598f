// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { buildPerson } from '../../people/register/web/register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../platform/web/web-testing.ts';
import { NewPersonDuplicates } from './NewPersonDuplicates.tsx';

// The check right after someone was added, as the new-person page's slot shows it. Invented people.

const created = buildPerson({ firstName: 'Tove', lastName: 'Dahl', tags: [] });
const existing = buildPerson({
  id: '88888888-8888-4888-8888-888888888888',
  firstName: 'Tove',
  lastName: 'Dahl-Berg',
  tags: [],
});

function renderCheck(answer: () => Response) {
  stubFetch((url) => {
    if (url === `/api/people/${created.id}/duplicates`) return answer();
    throw new Error(`unexpected ${url}`);
  });
  const goOn = vi.fn();
  renderWithProviders(<NewPersonDuplicates person={created} goOn={goOn} />, {
    session: sessionAs('organizer'),
  });
  return goOn;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('is this person already here?', () => {
  it('goes on at once when nobody is like them', async () => {
    const goOn = renderCheck(() => json({ items: [] }));
    await waitFor(() => expect(goOn).toHaveBeenCalledTimes(1));
  });

  it('goes on when the check cannot be made: the person is saved either way', async () => {
    const goOn = renderCheck(() => json({ status: 500, code: 'internal' }, 500));
    await waitFor(() => expect(goOn).toHaveBeenCalledTimes(1));
  });

  it('asks, and waits, when someone may be the same', async () => {
    const goOn = renderCheck(() =>
      json({ items: [{ first: created, second: existing, reasons: ['email'] }] }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Finns den här personen redan?' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tove Dahl-Berg' })).toBeTruthy();
    expect(goOn).not.toHaveBeenCalled();
  });
});
