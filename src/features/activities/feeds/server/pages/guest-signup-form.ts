import { z } from 'zod';
import { html, type Html } from '../../../../../platform/server/html.ts';
import type { AppError } from '../../../../../platform/shared/app-error.ts';
import { GuestSignupInput } from '../../../guests/guests.contract.ts';
import type { PublicShift } from '../../../public/public-activities.contract.ts';
import { formatDeadline, formatTimeRange } from './page-format.ts';

// The guest sign-up as a plain HTML form: it posts (url-encoded) to the activity's own page,
// which answers with the page again: the result, or the errors beside their fields with what
// was typed kept. The contract's schema decides what is valid, as it does for the JSON API.

type Shift = z.output<typeof PublicShift>;

export interface GuestFormState {
  values: Record<'firstName' | 'lastName' | 'email' | 'phone' | 'shiftId' | 'consent', string>;
  errors: Partial<Record<keyof GuestFormState['values'], string>>;
  /** An error about the whole request (limits, closed, cancelled). */
  problem?: string;
  /** Set once the link is mailed. */
  sent?: { email: string; expiresAt: string };
}

export const emptyGuestForm = (shifts: Shift[]): GuestFormState => ({
  values: {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    shiftId: shifts.length === 1 ? (shifts[0]?.id ?? '') : '',
    consent: '',
  },
  errors: {},
});

/** The consent text shown and kept with the consent record. */
export const consentWording = (organization: string) =>
  `Jag godkänner att ${organization} sparar mitt namn och mina kontaktuppgifter för att hantera min anmälan och kontakta mig om aktiviteten.`;

const FIELD_ERRORS: Record<string, string> = {
  firstName: 'Skriv ditt förnamn.',
  lastName: 'Skriv ditt efternamn.',
  email: 'Skriv en e-postadress, som namn@exempel.se.',
  phone: 'Det ser inte ut som ett telefonnummer.',
  shiftId: 'Välj vilket pass du vill anmäla dig till.',
  consent: 'Du behöver godkänna det här för att kunna anmäla dig.',
};

const FormBody = z.record(z.string(), z.string()).catch({});

/** The posted form as the contract's input, or the state to show again with its errors. */
export function readGuestForm(
  posted: unknown,
  organization: string,
): { input: z.output<typeof GuestSignupInput> | null; state: GuestFormState } {
  const body = FormBody.parse(posted ?? {});
  const text = (name: string) => (body[name] ?? '').slice(0, 2000);
  const state: GuestFormState = {
    values: {
      firstName: text('firstName'),
      lastName: text('lastName'),
      email: text('email'),
      phone: text('phone'),
      shiftId: text('shiftId'),
      consent: text('consent') === 'yes' ? 'yes' : '',
    },
    errors: {},
  };
  const parsed = GuestSignupInput.safeParse({
    firstName: state.values.firstName,
    lastName: state.values.lastName,
    email: state.values.email,
    phone: state.values.phone.trim() || null,
    shiftId: state.values.shiftId || undefined,
    consent: state.values.consent === 'yes',
    consentWording: consentWording(organization),
  });
  if (parsed.success) return { input: parsed.data, state };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as keyof GuestFormState['values'];
    if (FIELD_ERRORS[field]) state.errors[field] ??= FIELD_ERRORS[field];
  }
  return { input: null, state };
}

/** What a refused request tells the guest, beside the field when it is about one. */
export function showRefusal(state: GuestFormState, error: AppError): GuestFormState {
  const field = error.errors?.[0]?.path.replace(/^body\./, '');
  if (field === 'phone' || field === 'shiftId') {
    return { ...state, errors: { ...state.errors, [field]: FIELD_ERRORS[field] } };
  }
  const problem =
    error.code === 'too_many_requests'
      ? 'Det har kommit för många anmälningar härifrån eller till den här adressen. Bekräfta länkarna du redan fått, eller försök igen om en stund.'
      : error.code === 'conflict' && error.errors?.[0]?.code === 'activity_cancelled'
        ? 'Aktiviteten är inställd.'
        : error.code === 'conflict'
          ? 'Anmälan har stängt.'
          : 'Anmälan gick inte igenom. Försök igen.';
  return { ...state, problem };
}

function field(
  state: GuestFormState,
  name: keyof GuestFormState['values'],
  label: string,
  options: { type: string; autocomplete: string; required: boolean; hint?: string },
): Html {
  const error = state.errors[name];
  const described = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field${error ? ' has-error' : ''}">
    <label for="g-${name}"
      >${label}${options.required ? html` <span class="req" aria-hidden="true">*</span>` : ''}</label
    >
    ${options.hint ? html`<span class="hint" id="${name}-hint">${options.hint}</span>` : ''}
    <input
      type="${options.type}"
      id="g-${name}"
      name="${name}"
      value="${state.values[name]}"
      autocomplete="${options.autocomplete}"
      ${options.required ? html`aria-required="true"` : ''}
      ${error ? html`aria-invalid="true"` : ''}
      ${described ? html`aria-describedby="${described}"` : ''}
    />
    ${error ? html`<span class="error-text" id="${name}-error">${error}</span>` : ''}
  </div>`;
}

function shiftChoice(
  state: GuestFormState,
  shifts: Shift[],
  dateShown: string,
  fill: (shift: Shift) => string,
): Html {
  const error = state.errors.shiftId;
  return html`<fieldset
    class="field${error ? ' has-error' : ''}"
    ${error ? html`aria-describedby="shiftId-error"` : ''}
  >
    <legend>Välj pass <span class="req" aria-hidden="true">*</span></legend>
    ${shifts.map(
      (shift) =>
        html`<label class="check">
          <input
            type="radio"
            name="shiftId"
            value="${shift.id}"
            ${state.values.shiftId === shift.id ? 'checked' : ''}
          />
          <span
            >${shift.title ? `${shift.title} · ` : ''}${formatTimeRange(shift.startsAt, shift.endsAt, shift.startsAt.slice(0, 10) !== dateShown.slice(0, 10))}
            <span class="small dim" style="display:block">${fill(shift)}</span></span
          >
        </label>`,
    )}
    ${error ? html`<span class="error-text" id="shiftId-error">${error}</span>` : ''}
  </fieldset>`;
}

/** The form, or the note that the link is on its way. */
export function guestSignupForm(input: {
  action: string;
  organization: string;
  shifts: Shift[];
  activityStartsAt: string;
  state: GuestFormState;
  fill: (shift: Shift) => string;
}): Html {
  const { state } = input;
  if (state.sent) {
    return html`<div class="alert ok" role="status">
      <strong>Kolla din e-post för att bekräfta</strong>
      Vi har skickat en länk till ${state.sent.email}. Klicka på den senast
      ${formatDeadline(state.sent.expiresAt)}, annars gäller inte anmälan.
    </div>`;
  }
  const consentError = state.errors.consent;
  const hasErrors = Object.keys(state.errors).length > 0;
  return html`<form method="post" action="${input.action}" novalidate>
    <p class="small">Du behöver inget konto för att anmäla dig.</p>
    ${state.problem ? html`<div class="alert error" role="alert">${state.problem}</div>` : ''}
    ${
      hasErrors
        ? html`<div class="alert error" role="alert">Något behöver rättas: se nedan.</div>`
        : ''
    }
    ${
      input.shifts.length > 1
        ? shiftChoice(state, input.shifts, input.activityStartsAt, input.fill)
        : html`<input type="hidden" name="shiftId" value="${state.values.shiftId}" />`
    }
    <div class="grid2">
      ${field(state, 'firstName', 'Förnamn', { type: 'text', autocomplete: 'given-name', required: true })}
      ${field(state, 'lastName', 'Efternamn', { type: 'text', autocomplete: 'family-name', required: true })}
    </div>
    ${field(state, 'email', 'E-post', {
      type: 'email',
      autocomplete: 'email',
      required: true,
      hint: 'Vi skickar en länk hit som du klickar på för att bekräfta.',
    })}
    ${field(state, 'phone', 'Telefon (om du vill)', { type: 'tel', autocomplete: 'tel', required: false })}
    <div class="field${consentError ? ' has-error' : ''}">
      <label class="check">
        <input
          type="checkbox"
          name="consent"
          value="yes"
          ${state.values.consent === 'yes' ? 'checked' : ''}
          ${consentError ? html`aria-invalid="true" aria-describedby="consent-error"` : ''}
        />
        <span>${consentWording(input.organization)}</span>
      </label>
      ${consentError ? html`<span class="error-text" id="consent-error">${consentError}</span>` : ''}
    </div>
    <button class="button full" type="submit">Anmäl mig</button>
  </form>`;
}
