import { html, type Html } from '../../../../../platform/server/html.ts';
import { describePlaces, formatDay, formatTimeRange, type ShiftFill } from './page-format.ts';

// The kalendarium's list, by day: each activity a card with its time, place, type, local group,
// free places, and a clear mark when it is cancelled.

export interface CalendarCard {
  id: string;
  title: string;
  type: { name: string };
  localGroup: { id: string; name: string } | null;
  place: string;
  startsAt: string;
  endsAt: string;
  cancelledAt: string | null;
  shifts: ShiftFill[];
}

function card(slug: string, item: CalendarCard, showGroup: boolean): Html {
  const places = item.cancelledAt ? null : describePlaces(item.shifts);
  return html`<li class="card${item.cancelledAt ? ' cancelled' : ''}" id="a-${item.id}">
    <div class="title">
      <a href="/o/${slug}/activities/${item.id}">${item.title}</a>
    </div>
    <div class="when small">
      ${formatTimeRange(item.startsAt, item.endsAt, false)}${item.place ? ` · ${item.place}` : ''}
    </div>
    <div class="badges">
      ${item.cancelledAt ? html`<span class="badge red">Inställd</span>` : ''}
      <span class="badge">${item.type.name}</span>
      ${
        showGroup && item.localGroup
          ? html`<span class="badge outline">${item.localGroup.name}</span>`
          : ''
      }
      ${places ? html`<span class="badge ${places.tone}">${places.text}</span>` : ''}
    </div>
  </li>`;
}

/** The cards grouped under a heading per day. */
export function calendarCards(
  slug: string,
  items: CalendarCard[],
  options: { showGroup: boolean; empty: string },
): Html {
  if (items.length === 0) return html`<p class="dim">${options.empty}</p>`;
  const days: { day: string; items: CalendarCard[] }[] = [];
  for (const item of items) {
    const day = formatDay(item.startsAt);
    const last = days[days.length - 1];
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return html`${days.map(
    (group, index) =>
      html`<section class="day" aria-labelledby="day-${index}">
        <h3 id="day-${index}">${group.day}</h3>
        <ul class="plain stack">
          ${group.items.map((item) => card(slug, item, options.showGroup))}
        </ul>
      </section>`,
  )}`;
}

/** "Lägg till i kalender": webcal: makes a phone's calendar subscribe; the .ics for the rest. */
export function feedLinks(host: string, path: string): Html {
  return html`<p class="links">
    <a href="webcal://${host}${path}">Lägg till i kalender</a>
    <a class="small" href="${path}">Kalenderfil (.ics)</a>
  </p>`;
}
