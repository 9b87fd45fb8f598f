import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/app-error.ts';

/**
 * Serves the built web app from dist/web: a file when one matches, otherwise index.html so the
 * client router can show the page (or its own not-found page). API paths never fall through.
 */
export async function registerWeb(app: FastifyInstance, webDir: string) {
  const hasBuild = existsSync(join(webDir, 'index.html'));
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
      return reply.sendFile('index.html', { cacheControl: false });
    },
  );
}
