import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_STYLES } from './html-styles.ts';

// Server-rendered pages (the public ones: they must show their content, and take a guest's
// sign-up, before or without any script). Everything interpolated is escaped unless it is
// already `Html`; there is no other way to put text into a page.

/** Markup known to be safe: built by `html` or sanitized on the server (`trustedHtml`). */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value as string | number));
}

/** A template of markup: strings and numbers in it are escaped, `Html` and arrays kept. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

/** Markup sanitized elsewhere on the server (rendered Markdown); never what a client sent. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/** What a shared link shows (link previews read the head): title and Open Graph tags. */
export interface PageMeta {
  title: string;
  description: string;
  url: string;
  imageUrl?: string | null;
  type?: 'website' | 'article';
}

function pageMetaTags(meta: PageMeta): string[] {
  const tag = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return [
    tag('name', 'description', meta.description),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:type', meta.type ?? 'website'),
    tag('property', 'og:url', meta.url),
    tag('property', 'og:locale', 'sv_SE'),
    ...(meta.imageUrl
      ? [
          tag('property', 'og:image', meta.imageUrl),
          tag('name', 'twitter:card', 'summary_large_image'),
        ]
      : [tag('name', 'twitter:card', 'summary')]),
  ];
}

export interface HtmlDocument {
  title: string;
  /** Open Graph and Twitter card tags, for pages shared as links. */
  meta?: PageMeta;
  /** The page's own styles, after the shared ones. */
  styles?: string;
  body: Html;
  /** Scripts of the app's own origin (the policy refuses inline ones). */
  scripts?: string[];
}

/** A whole page: Swedish, the app's look, no framework. */
export function renderDocument(page: HtmlDocument): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="theme-color" content="#c8102e">',
    `<title>${escapeHtml(page.title)}</title>`,
    ...(page.meta ? pageMetaTags(page.meta) : []),
    // The same icon as the app's, inline: no request for it.
    `<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%23c8102e'/%3E%3Cpath d='M9 24V13m7 11V8m7 16v-8' stroke='white' stroke-width='3' stroke-linecap='round'/%3E%3C/svg%3E">`,
    `<style>${PAGE_STYLES}${page.styles ?? ''}</style>`,
    ...(page.scripts ?? []).map((src) => `<script src="${escapeHtml(src)}" defer></script>`),
  ];
  return `<!doctype html>\n<html lang="sv">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${page.body.value}\n</body>\n</html>\n`;
}

/** Sends a page compressed as the client accepts it (brotli, else gzip); never cached stale. */
export function sendHtml(
  request: FastifyRequest,
  reply: FastifyReply,
  document: string,
  status = 200,
) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const body = Buffer.from(document, 'utf8');
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding');
  if (/\bbr\b/.test(accepted)) {
    // A middling quality: a page is made per request, and this is most of brotli's gain.
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5 };
    return reply.header('content-encoding', 'br').send(brotliCompressSync(body, { params }));
  }
  if (/\bgzip\b/.test(accepted)) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(body));
  }
  return reply.send(body);
}

/** Reads url-encoded form posts in `scope` (a plain HTML form): a string per field, last wins. */
export function acceptFormPosts(scope: FastifyInstance) {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}
