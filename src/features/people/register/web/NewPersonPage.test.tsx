// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../platform/shared/atoms.ts';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { NewPersonPage } from './NewPersonPage.tsx';
import { buildPerson, groupId } from './register.fixtures.ts';
import { json, sessionAs, stubFetch } from '../../../../platform/web/web-testing.ts';

// After adding someone: possible duplicates are shown before going on. Invented people only.

const created = buildPerson({
  id: '66666666-6666-4666-8666-666666666666',
  firstName: 'Tove',
  lastName: 'Dahl',
  email: 'tove@example.se',
  phone: null,
  tags: [],
});
const existing = buildPerson({
  id: '88888888-8888-4888-8888-888888888888',
  firstName: 'Tove',
  lastName: 'Dahl-Berg',
  email: 'TOVE@example.se',
  memberNumber: '4711',
  tags: [],
});
const summary = (person: typeof created) => {
  const { id, firstName, lastName, email, phone, isMember, memberNumber, localGroup, tags } =
    person;
  return { id, firstName, lastName, email, phone, isMember, memberNumber, localGroup, tags };
};

function PersonProbe() {
  return <output data-testid="person-page">{useParams().id}</output>;
}

function renderNewPerson(role: Role, duplicates: unknown[]) {
  const fetchMock = stubFetch((url, init) => {
    if (url === '/api/people' && init?.method === 'POST') return json(created, 201);
    if (url === `/api/people/${created.id}/duplicates`) return json({ items: duplicates });
    if (url.startsWith('/api/custom-fields')) return json({ items: [] });
    if (url.startsWith('/api/local-groups'))
      return json({ items: [{ id: groupId, name: 'Flemingsberg' }] });
    throw new Error(`unexpected ${init?.method ?? 'GET'} ${url}`);
  });
  renderWithProviders(
    <Routes>
      <Route path="/people/new" element={<NewPersonPage />} />
      <Route path="/people/:id" element={<PersonProbe />} />
    </Routes>,
    { path: '/people/new', session: sessionAs(role, [groupId]) },
  );
  return fetchMock;
}

async function addTove() {
  await userEvent.type(screen.getByLabelText(/^Förnamn/), 'Tove');
  await userEvent.type(screen.getByLabelText(/^Efternamn/), 'Dahl');
  await userEvent.type(screen.getByLabelText(/^E-post/), 'tove@example.se');
  await userEvent.click(screen.getByRole('button', { name: 'Lägg till' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('adding a person who may already be in the register', () => {
  it('asks whether they are there already, with links to them and to merging', async () => {
    renderNewPerson('organizer', [
      { first: summary(created), second: summary(existing), reasons: ['email'] },
    ]);
    await addTove();
    const heading = await screen.findByRole('heading', { name: 'Finns den här personen redan?' });
    expect(document.activeElement).toBe(heading);
    const section = heading.closest('section')!;
    expect(
      within(section).getByText(/Tove Dahl är sparad\. I registret finns en person/),
    ).toBeDefined();
    const link = within(section).getByRole('link', { name: 'Tove Dahl-Berg' });
    expect(link.getAttribute('href')).toBe(`/people/${existing.id}`);
    expect(within(section).getByText('Samma e-post')).toBeDefined();
    expect(
      within(section).getByRole('link', { name: 'Granska och slå ihop' }).getAttribute('href'),
    ).toBe(`/people/duplicates?person=${created.id}`);

    await userEvent.click(within(section).getByRole('link', { name: 'Gå vidare till Tove Dahl' }));
    expect((await screen.findByTestId('person-page')).textContent).toBe(created.id);
  });

  it('goes straight to the new person when there is nobody like them', async () => {
    const fetchMock = renderNewPerson('organizer', []);
    await addTove();
    expect((await screen.findByTestId('person-page')).textContent).toBe(created.id);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      `/api/people/${created.id}/duplicates`,
    );
  });

  it('shows a coordinator the people they reach, without the merge review', async () => {
    renderNewPerson('coordinator', [
      { first: summary(existing), second: summary(created), reasons: ['email', 'name_postcode'] },
    ]);
    await addTove();
    const heading = await screen.findByRole('heading', { name: 'Finns den här personen redan?' });
    const section = heading.closest('section')!;
    expect(within(section).getByRole('link', { name: 'Tove Dahl-Berg' })).toBeDefined();
    expect(within(section).getByText('Samma namn och postnummer')).toBeDefined();
    expect(within(section).queryByRole('link', { name: 'Granska och slå ihop' })).toBeNull();
  });
});
