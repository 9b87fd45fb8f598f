import { z } from 'zod';
import { html, type Html } from '../../../../../platform/server/html.ts';
import { Id } from '../../../../../platform/shared/atoms.ts';
import { activitiesMap } from './activities-map.ts';
import { calendarCards, feedLinks } from './calendar-cards.ts';
import { formatTimeRange } from './page-format.ts';
import type { PlacedCard, PublicAssociation } from './public-page-data.ts';
import { publicPage } from './public-layout.ts';

// `/o/:slug`: the association's public page, its kalendarium first. Filters are a GET form, so
// they work without script and a filtered calendar is a link to share.

/** The kalendarium's filters from the address; anything malformed is simply not applied. */
export const KalendariumQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  type: Id.optional().catch(undefined),
  group: Id.optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type KalendariumFilter = z.output<typeof KalendariumQuery>;

export interface KalendariumInput {
  organization: PublicAssociation;
  types: { id: string; name: string }[];
  filter: KalendariumFilter;
  cards: PlacedCard[];
  nextCursor: string | null;
  host: string;
  feedPath: string;
  url: string;
}

function option(value: string, label: string, selected: string | undefined): Html {
  return html`<option value="${value}" ${value === (selected ?? '') ? 'selected' : ''}>
    ${label}
  </option>`;
}

function filterForm(input: KalendariumInput): Html {
  const { filter, organization, types } = input;
  return html`<form class="filters" method="get" action="/o/${organization.slug}" role="search">
    <div class="field">
      <label for="f-q">Sök</label>
      <input type="search" id="f-q" name="q" value="${filter.q ?? ''}" maxlength="100" />
    </div>
    <div class="field">
      <label for="f-type">Typ</label>
      <select id="f-type" name="type">
        ${option('', 'Alla typer', filter.type)}
        ${types.map((type) => option(type.id, type.name, filter.type))}
      </select>
    </div>
    <div class="field">
      <label for="f-group">Lokalgrupp</label>
      <select id="f-group" name="group">
        ${option('', 'Hela föreningen', filter.group)}
        ${organization.localGroups.map((group) => option(group.id, group.name, filter.group))}
      </select>
    </div>
    <button class="button" type="submit">Visa</button>
  </form>`;
}

/** The address of the next page, with the same filters. */
function moreHref(input: KalendariumInput): string {
  const params = new URLSearchParams();
  const { q, type, group } = input.filter;
  if (q) params.set('q', q);
  if (type) params.set('type', type);
  if (group) params.set('group', group);
  params.set('after', input.nextCursor ?? '');
  return `/o/${input.organization.slug}?${params.toString()}#kalendarium-heading`;
}

function groupsSection(organization: PublicAssociation): Html {
  return html`<section aria-labelledby="public-groups">
    <h2 id="public-groups">Lokalgrupper</h2>
    ${
      organization.localGroups.length === 0
        ? html`<p class="dim">Föreningen har inga lokalgrupper ännu.</p>`
        : html`<ul class="plain stack">
            ${organization.localGroups.map(
              (group) =>
                html`<li class="card">
                  <h3 class="title" style="margin:0">
                    <a href="/o/${organization.slug}/groups/${group.id}">${group.name}</a>
                  </h3>
                  ${
                    group.areaDescription
                      ? html`<p class="small" style="white-space:pre-line">
                          ${group.areaDescription}
                        </p>`
                      : ''
                  }
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

export function kalendariumPage(input: KalendariumInput): string {
  const { organization, filter, cards } = input;
  const isFiltered = Boolean(filter.q || filter.type || filter.group);
  const points = cards.flatMap((card) =>
    card.latitude !== null && card.longitude !== null
      ? [
          {
            id: card.id,
            title: card.title,
            when: formatTimeRange(card.startsAt, card.endsAt, true),
            latitude: card.latitude,
            longitude: card.longitude,
            isCancelled: card.cancelledAt !== null,
          },
        ]
      : [],
  );
  const body = html`${
      organization.ancestors.length > 0
        ? html`<ol class="breadcrumbs" aria-label="Del av">
            ${organization.ancestors.map((ancestor) => html`<li>${ancestor.name}</li>`)}
          </ol>`
        : ''
    }
    <h1>${organization.name}</h1>
    <section aria-labelledby="kalendarium-heading">
      <h2 id="kalendarium-heading">Kalendarium</h2>
      ${feedLinks(input.host, input.feedPath)} ${filterForm(input)}
      ${activitiesMap(organization.slug, points)}
      ${calendarCards(organization.slug, cards, {
        showGroup: !filter.group,
        empty: isFiltered
          ? 'Inga aktiviteter matchar. Pröva en annan sökning eller visa alla.'
          : 'Inga planerade aktiviteter just nu.',
      })}
      ${
        input.nextCursor
          ? html`<p><a class="button light full" href="${moreHref(input)}">Visa fler</a></p>`
          : ''
      }
      ${isFiltered ? html`<p><a href="/o/${organization.slug}">Visa alla aktiviteter</a></p>` : ''}
    </section>
    ${groupsSection(organization)}`;
  return publicPage({
    title: `${organization.name} – kalendarium`,
    organization,
    meta: {
      title: `${organization.name} – kalendarium`,
      description: `Kommande aktiviteter med ${organization.name}. Välkommen!`,
      url: input.url,
    },
    body,
  });
}
