import type { z } from 'zod';
import { html, renderDocument, type Html } from '../../../../../platform/server/html.ts';
import type { GuestSignupInfo } from '../../../guests/guests.contract.ts';
import { formatTimeRange } from './page-format.ts';
import { PAGE_STYLES } from './public-layout.ts';

// `/o/:slug/guest-signup#token=…`, where the e-mailed link leads. The token stays in the
// fragment (never in a logged path); a small script of our own moves it into a form that asks
// what the link is for. Confirming waits for a tap: mail scanners that open links must not
// confirm on the guest's behalf.

/** Moves the token from the address into the lookup form, and takes it out of the address. */
export const GUEST_CONFIRM_SCRIPT = `(function () {
  var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  var form = document.getElementById('lookup');
  if (!match || !form) return;
  history.replaceState(null, '', location.pathname);
  form.elements.token.value = decodeURIComponent(match[1]);
  form.submit();
})();
`;

type Info = z.output<typeof GuestSignupInfo>;

export type GuestConfirmState =
  | { step: 'start' }
  | { step: 'problem'; message: string }
  | { step: 'lookup'; info: Info; token: string }
  | { step: 'done'; info: Info; status: 'confirmed' | 'waiting' | 'cancelled' };

export const TOKEN_MISSING =
  'Länken är ofullständig. Öppna den igen från e-postmeddelandet, hela vägen till slutet.';
export const TOKEN_INVALID = 'Länken fungerar inte längre. Den kan ha använts redan eller gått ut.';

function summary(info: Info): Html {
  return html`<div class="card">
    <div class="title">${info.activity.title}</div>
    <div class="small">
      ${info.shift.title ? `${info.shift.title} · ` : ''}${formatTimeRange(
        info.shift.startsAt,
        info.shift.endsAt,
        true,
      )}
    </div>
    ${info.activity.place ? html`<div class="small">${info.activity.place}</div>` : ''}
    <div class="small dim">${info.organization.name}</div>
  </div>`;
}

const toActivity = (info: Info) =>
  html`<p>
    <a href="/o/${info.organization.slug}/activities/${info.activity.id}">Till aktiviteten</a>
  </p>`;

function content(action: string, state: GuestConfirmState): Html {
  switch (state.step) {
    case 'start':
      return html`<form id="lookup" method="post" action="${action}">
        <input type="hidden" name="token" value="" />
        <input type="hidden" name="step" value="lookup" />
        <p>Öppnar du sidan från länken i e-postmeddelandet visas din anmälan här.</p>
        <noscript><p>Den här sidan behöver JavaScript för att läsa länken.</p></noscript>
      </form>`;
    case 'problem':
      return html`<div class="alert error" role="alert">${state.message}</div>`;
    case 'lookup':
      return html`${summary(state.info)}
      ${
        state.info.isConfirmed
          ? html`<div class="alert ok" role="status">
              Din anmälan är redan bekräftad. Välkommen!
            </div>`
          : html`<form method="post" action="${action}">
              <input type="hidden" name="token" value="${state.token}" />
              <input type="hidden" name="step" value="confirm" />
              <p><button class="button full" type="submit">Bekräfta anmälan</button></p>
            </form>`
      }
      ${toActivity(state.info)}`;
    case 'done':
      return html`${summary(state.info)}
        <div class="alert ok" role="status">
          ${
            state.status === 'waiting'
              ? 'Tack! Passet är fullt, så du står på väntelistan. Du får ett mejl om en plats blir ledig.'
              : state.status === 'confirmed'
                ? 'Tack! Nu är du anmäld. Välkommen!'
                : 'Din anmälan är redan bekräftad. Välkommen!'
          }
        </div>
        ${toActivity(state.info)}`;
  }
}

export function guestConfirmPage(slug: string, state: GuestConfirmState): string {
  const action = `/o/${slug}/guest-signup`;
  return renderDocument({
    title: 'Bekräfta din anmälan – Gräsrot',
    styles: PAGE_STYLES,
    scripts: state.step === 'start' ? [`${action}.js`] : [],
    body: html`<header class="top">
        <div class="in"><span>Gräsrot</span></div>
      </header>
      <main class="in">
        <h1>Bekräfta din anmälan</h1>
        ${content(action, state)}
      </main>`,
  });
}
