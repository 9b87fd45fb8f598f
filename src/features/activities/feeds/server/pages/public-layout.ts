import {
  html,
  renderDocument,
  type Html,
  type PageMeta,
} from '../../../../../platform/server/html.ts';

// The frame of the association's public pages: its name on top (to the kalendarium), the page,
// and the way in for members at the foot.

export const PAGE_STYLES = `
.day{margin-top:1.25rem}
.day h3{margin:0 0 .5rem;font-size:1rem}
.card .title{font-weight:700;font-size:1.0625rem}
.card.cancelled{background:#f8f9fa;border-style:dashed}
.card.cancelled .title a{text-decoration:line-through;color:#495057}
.card.cancelled .when{color:#495057}
.filters{display:grid;gap:0 .75rem;align-items:end;margin-bottom:.5rem}
@media(min-width:40em){.filters{grid-template-columns:2fr 1fr 1fr auto}}
.filters .button{margin-bottom:.875rem}
.map{margin:1rem 0}
.map svg{display:block;width:100%;max-width:36rem;height:auto;aspect-ratio:var(--ratio);background:#f8f9fa;border:1px solid #dee2e6;border-radius:8px}
.map .district{fill:#c8102e;fill-opacity:.05;stroke:#7f061b;stroke-width:.6}
.map .marker circle{fill:#c8102e;stroke:#fff;stroke-width:2}
.map .marker.cancelled circle{fill:#868e96}
.map a:focus-visible circle{stroke:#212529;stroke-width:3}
.links{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.details dt{font-weight:600;color:#495057}
dl.details dd{margin:0}
.description{overflow-wrap:anywhere}
.hero{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:8px;background:#f1f3f5}
`.replace(/\n/g, '');

export interface PublicPageInput {
  title: string;
  organization: { slug: string; name: string };
  meta?: PageMeta;
  body: Html;
  scripts?: string[];
}

/** A public page of an association, whole. */
export function publicPage(page: PublicPageInput): string {
  return renderDocument({
    title: page.title,
    meta: page.meta,
    styles: PAGE_STYLES,
    scripts: page.scripts,
    body: html`<header class="top">
        <div class="in"><a href="/o/${page.organization.slug}">${page.organization.name}</a></div>
      </header>
      <main class="in">${page.body}</main>
      <footer class="in"><a href="/login">Logga in som medlem</a></footer>`,
  });
}

/** A page that is not there (an unknown association or activity). */
export function notFoundPage(): string {
  return renderDocument({
    title: 'Sidan finns inte – Gräsrot',
    body: html`<main class="in">
      <h1>Sidan finns inte</h1>
      <p>Adressen kan vara felskriven, eller så har sidan tagits bort.</p>
      <p><a href="/">Till startsidan</a></p>
    </main>`,
  });
}
