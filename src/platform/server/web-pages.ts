import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/app-error.ts';

/** What a shared link shows before any script runs: title and Open Graph tags. */
export interface PageMeta {
  title: string;
  description: string;
  url: string;
  imageUrl?: string | null;
  type?: 'website' | 'article';
}

/** A feature's answer to "what is this page?" for a path, or null when the path is not its own. */
export type PageMetaProvider = (path: string) => Promise<PageMeta | null>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Features add providers so their public pages read well when shared on social media. */
    pageMetaProviders: PageMetaProvider[];
  }
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The description, Open Graph and Twitter card tags of a page, for its head. */
export function pageMetaTags(meta: PageMeta): string[] {
  return [
    `<meta name="description" content="${escapeAttribute(meta.description)}" />`,
    `<meta property="og:title" content="${escapeAttribute(meta.title)}" />`,
    `<meta property="og:description" content="${escapeAttribute(meta.description)}" />`,
    `<meta property="og:type" content="${meta.type ?? 'website'}" />`,
    `<meta property="og:url" content="${escapeAttribute(meta.url)}" />`,
    `<meta property="og:locale" content="sv_SE" />`,
    ...(meta.imageUrl
      ? [
          `<meta property="og:image" content="${escapeAttribute(meta.imageUrl)}" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
  ];
}

/** index.html with the page's title and Open Graph / Twitter card tags in its head. */
export function withPageMeta(indexHtml: string, meta: PageMeta): string {
  const tags = pageMetaTags(meta);
  // A function, so `$&` in a title is text, not a replacement pattern.
  return indexHtml.replace(
    /<title>[^<]*<\/title>/,
    () => `<title>${escapeAttribute(meta.title)}</title>\n    ${tags.join('\n    ')}`,
  );
}

/**
 * Serves the built web app from dist/web: a file when one matches, otherwise index.html so the
 * client router can show the page (or its own not-found page). API paths never fall through.
 */
export async function registerWeb(app: FastifyInstance, webDir: string) {
  const hasBuild = existsSync(join(webDir, 'index.html'));
  let indexHtml: string | undefined;
  if (hasBuild) {
    await app.register(fastifyStatic, { root: webDir, serve: false, preCompressed: true });
  }

  app.get(
    '/*',
    { config: { permission: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      } catch {
        throw new AppError('bad_request', 'Malformed path');
      }
      if (path === '/api' || path.startsWith('/api/')) {
        throw new AppError('not_found', `No route ${request.method} ${path}`);
      }
      if (!hasBuild) {
        throw new AppError('not_found', 'The web app is not built; run npm start or npm run build');
      }
      const file = normalize(path).replace(/^(\.\.[/\\])+/, '');
      const full = join(webDir, file);
      if (file !== '/' && full.startsWith(webDir) && existsSync(full) && statSync(full).isFile()) {
        // Hashed assets never change; everything else is revalidated.
        return file.startsWith('/assets/')
          ? reply.sendFile(file, { maxAge: 31_536_000_000, immutable: true })
          : reply.sendFile(file, { cacheControl: false });
      }
      reply.header('cache-control', 'no-cache');
      for (const provide of app.pageMetaProviders) {
        const meta = await provide(path);
        if (!meta) continue;
        indexHtml ??= readFileSync(join(webDir, 'index.html'), 'utf8');
        return reply.type('text/html; charset=utf-8').send(withPageMeta(indexHtml, meta));
      }
      return reply.sendFile('index.html', { cacheControl: false });
    },
  );
}
