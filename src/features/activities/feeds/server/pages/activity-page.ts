import type { z } from 'zod';
import { html, trustedHtml, type Html } from '../../../../../platform/server/html.ts';
import type { PublicActivity, PublicShift } from '../../../public/public-activities.contract.ts';
import { guestSignupForm, type GuestFormState } from './guest-signup-form.ts';
import { formatTimeRange } from './page-format.ts';
import { publicPage } from './public-layout.ts';

// `/o/:slug/activities/:id`: a public activity's shareable page, and the guest sign-up.

type Activity = z.output<typeof PublicActivity>;
type Shift = z.output<typeof PublicShift>;

/** How full a shift is, as far as the public may know. */
function shiftFill(shift: Shift): string {
  if (shift.isFull) return 'Fullt – nya anmälningar hamnar på väntelistan';
  if (shift.capacity === null) {
    return shift.confirmed === 1 ? '1 anmäld' : `${shift.confirmed} anmälda`;
  }
  const left = shift.capacity - shift.confirmed;
  return `${left === 1 ? '1 plats kvar' : `${left} platser kvar`} av ${shift.capacity}`;
}

/** A link to the point on OpenStreetMap, which every phone can open. */
const mapUrl = (latitude: number, longitude: number) =>
  `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;

function details(activity: Activity): Html {
  const { latitude, longitude } = activity;
  return html`<dl class="details">
    <dt>Tid</dt>
    <dd>${formatTimeRange(activity.startsAt, activity.endsAt, true)}</dd>
    ${
      activity.place || latitude !== null
        ? html`<dt>Plats</dt>
            <dd>
              ${activity.place}${
                latitude !== null && longitude !== null
                  ? html`${activity.place ? ' · ' : ''}<a
                        href="${mapUrl(latitude, longitude)}"
                        rel="noopener noreferrer"
                        >Visa på karta</a
                      >`
                  : ''
              }
            </dd>`
        : ''
    }
    <dt>Lokalgrupp</dt>
    <dd>${activity.localGroup?.name ?? 'Hela föreningen'}</dd>
  </dl>`;
}

function shiftsList(activity: Activity): Html {
  return html`<section aria-labelledby="public-shifts">
    <h2 id="public-shifts">Pass</h2>
    <ul class="plain stack">
      ${activity.shifts.map(
        (shift) =>
          html`<li class="card">
            <div class="title">
              ${shift.title ? `${shift.title} · ` : ''}${formatTimeRange(
                shift.startsAt,
                shift.endsAt,
                shift.startsAt.slice(0, 10) !== activity.startsAt.slice(0, 10),
              )}
            </div>
            ${activity.cancelledAt ? '' : html`<div class="small dim">${shiftFill(shift)}</div>`}
          </li>`,
      )}
    </ul>
  </section>`;
}

export interface ActivityPageInput {
  activity: Activity;
  organization: { slug: string; name: string };
  icsPath: string;
  url: string;
  meta: { title: string; description: string };
  form: GuestFormState;
}

export function activityPage(input: ActivityPageInput): string {
  const { activity, organization } = input;
  const path = `/o/${organization.slug}/activities/${activity.id}`;
  const isCancelled = activity.cancelledAt !== null;
  const body = html`<h1>${activity.title}</h1>
    <div class="badges">
      ${isCancelled ? html`<span class="badge red">Inställd</span>` : ''}
      <span class="badge">${activity.type.name}</span>
      ${activity.campaign ? html`<span class="badge outline">${activity.campaign.title}</span>` : ''}
    </div>
    ${
      isCancelled
        ? html`<div class="alert error" role="alert">
            <strong>Aktiviteten är inställd.</strong>
            ${activity.cancelReason ?? ''}
          </div>`
        : ''
    }
    ${
      activity.imageUrl?.startsWith('https://')
        ? html`<img class="hero" src="${activity.imageUrl}" alt="" width="800" height="450" />`
        : ''
    }
    ${details(activity)}
    <p><a href="${input.icsPath}">Lägg till i kalender</a></p>
    ${
      activity.descriptionHtml
        ? // Rendered from Markdown and sanitized on the server (raw HTML escaped, safe links only).
          html`<div class="description">${trustedHtml(activity.descriptionHtml)}</div>`
        : ''
    }
    ${
      activity.shifts.length === 1 || !activity.isGuestSignupOpen || isCancelled
        ? shiftsList(activity)
        : ''
    }
    ${
      isCancelled
        ? ''
        : html`<section aria-labelledby="guest-signup" id="anmalan">
            <h2 id="guest-signup">Anmäl dig</h2>
            ${
              activity.isGuestSignupOpen || input.form.sent
                ? guestSignupForm({
                    action: `${path}#anmalan`,
                    organization: organization.name,
                    shifts: activity.shifts,
                    activityStartsAt: activity.startsAt,
                    state: input.form,
                    fill: shiftFill,
                  })
                : html`<p>Anmälan har stängt.</p>`
            }
            <p class="small">
              <a href="/activities/${activity.id}">Är du medlem? Logga in och anmäl dig</a>
            </p>
          </section>`
    }`;
  return publicPage({
    title: input.meta.title,
    organization,
    meta: {
      ...input.meta,
      url: input.url,
      imageUrl: activity.imageUrl,
      type: 'article',
    },
    body,
  });
}
