// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { GuestSignupForm } from './GuestSignupForm.tsx';

const activityId = 'b1b2c3d4-0000-4000-8000-000000000001';
const morning = {
  id: 'b1b2c3d4-0000-4000-8000-000000000002',
  title: 'Förmiddag',
  startsAt: '2030-05-18T08:00:00.000Z',
  endsAt: '2030-05-18T10:00:00.000Z',
  capacity: 6,
  confirmed: 2,
  isFull: false,
};
const afternoon = {
  ...morning,
  id: 'b1b2c3d4-0000-4000-8000-000000000003',
  title: 'Eftermiddag',
  startsAt: '2030-05-18T12:00:00.000Z',
  endsAt: '2030-05-18T14:00:00.000Z',
  confirmed: 6,
  isFull: true,
};
const wording =
  'Jag godkänner att V Huddinge sparar mitt namn och mina kontaktuppgifter för att hantera min anmälan och kontakta mig om aktiviteten.';

const fetchMock = vi.fn<typeof fetch>();

function renderForm(shifts = [morning, afternoon]) {
  return renderWithProviders(
    <GuestSignupForm
      activityId={activityId}
      activityStartsAt={morning.startsAt}
      shifts={shifts}
      organizationName="V Huddinge"
    />,
  );
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockResolvedValue(
    new Response(JSON.stringify({ ok: true, expiresAt: '2030-05-11T10:00:00.000Z' }), {
      status: 202,
      headers: { 'content-type': 'application/json' },
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('GuestSignupForm', () => {
  it('requires consent, a shift and an e-mail address before anything is sent', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText(/Förnamn/), 'Maja');
    await user.type(screen.getByLabelText(/Efternamn/), 'Lind');
    // A phone number alone is not enough: the confirmation link goes by e-mail.
    await user.type(screen.getByLabelText(/Telefon/), '070-765 43 21');
    await user.click(screen.getByRole('button', { name: 'Anmäl mig' }));

    expect(screen.getByText('Du behöver godkänna det här för att kunna anmäla dig.')).toBeTruthy();
    expect(screen.getByText('Välj vilket pass du vill anmäla dig till.')).toBeTruthy();
    expect(screen.getByLabelText(/E-post/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the chosen shift, the contact details and the consent wording as shown', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.getByText('Fullt – nya anmälningar hamnar på väntelistan')).toBeTruthy();
    expect(screen.getByText('2 av 6 platser tagna')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Eftermiddag/ }));
    await user.type(screen.getByLabelText(/Förnamn/), 'Maja');
    await user.type(screen.getByLabelText(/Efternamn/), 'Lind');
    await user.type(screen.getByLabelText(/E-post/), 'Maja.Lind@example.se');
    await user.click(screen.getByRole('checkbox', { name: wording }));
    await user.click(screen.getByRole('button', { name: 'Anmäl mig' }));

    expect(await screen.findByText('Kolla din e-post för att bekräfta')).toBeTruthy();
    expect(screen.getByText(/Vi har skickat en länk till Maja.Lind@example.se/)).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe(`/api/public/activities/${activityId}/guest-signup`);
    expect(JSON.parse(String(init?.body))).toEqual({
      shiftId: afternoon.id,
      firstName: 'Maja',
      lastName: 'Lind',
      email: 'maja.lind@example.se',
      phone: null,
      consent: true,
      consentWording: wording,
    });
  });

  it('needs no choice of shift when there is only one', async () => {
    const user = userEvent.setup();
    renderForm([morning]);
    expect(screen.queryByRole('radio')).toBeNull();
    await user.type(screen.getByLabelText(/Förnamn/), 'Maja');
    await user.type(screen.getByLabelText(/Efternamn/), 'Lind');
    await user.type(screen.getByLabelText(/E-post/), 'maja@example.se');
    await user.type(screen.getByLabelText(/Telefon/), '070-765 43 21');
    await user.click(screen.getByRole('checkbox', { name: wording }));
    await user.click(screen.getByRole('button', { name: 'Anmäl mig' }));

    expect(await screen.findByText('Kolla din e-post för att bekräfta')).toBeTruthy();
    const body = JSON.parse(String(fetchMock.mock.calls[0]![1]?.body)) as Record<string, unknown>;
    expect(body.shiftId).toBe(morning.id);
    expect(body.phone).toBe('070-765 43 21');
  });
});
