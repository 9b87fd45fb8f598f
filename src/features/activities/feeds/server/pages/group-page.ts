import { html } from '../../../../../platform/server/html.ts';
import { calendarCards, feedLinks } from './calendar-cards.ts';
import type { PlacedCard, PublicAssociation } from './public-page-data.ts';
import { publicPage } from './public-layout.ts';

// `/o/:slug/groups/:groupId`: one local group's kalendarium.

export interface GroupPageInput {
  organization: PublicAssociation;
  group: PublicAssociation['localGroups'][number];
  cards: PlacedCard[];
  nextCursor: string | null;
  host: string;
  feedPath: string;
  url: string;
}

export function groupPage(input: GroupPageInput): string {
  const { organization, group } = input;
  const path = `/o/${organization.slug}/groups/${group.id}`;
  const body = html`<h1>${group.name}</h1>
    ${
      group.areaDescription
        ? html`<p class="small" style="white-space:pre-line">${group.areaDescription}</p>`
        : ''
    }
    <section aria-labelledby="kalendarium-heading">
      <h2 id="kalendarium-heading">Kalendarium</h2>
      ${feedLinks(input.host, input.feedPath)}
      ${calendarCards(organization.slug, input.cards, {
        showGroup: false,
        empty: 'Inga planerade aktiviteter just nu.',
      })}
      ${
        input.nextCursor
          ? html`<p>
              <a
                class="button light full"
                href="${path}?after=${encodeURIComponent(input.nextCursor)}#kalendarium-heading"
                >Visa fler</a
              >
            </p>`
          : ''
      }
    </section>
    <p><a href="/o/${organization.slug}">Hela föreningens kalendarium</a></p>`;
  return publicPage({
    title: `${group.name} – ${organization.name}`,
    organization,
    meta: {
      title: `${group.name} – ${organization.name}`,
      description: `Kommande aktiviteter med ${group.name}, ${organization.name}. Välkommen!`,
      url: input.url,
    },
    body,
  });
}
