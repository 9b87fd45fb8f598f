import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'server' || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/web is missing or older than the web sources. */
export function isWebBuildStale(): boolean {
  const built = join(root, 'dist/web/index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(root, 'src/web')),
    newestMtime(join(root, 'src/features')),
    newestMtime(join(root, 'src/platform')),
    newestMtime(join(root, 'src/modules.json')),
    newestMtime(join(root, 'vite.config.ts')),
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds the web app with Vite when it is missing or stale. */
export async function ensureWebBuild(log: (message: string) => void): Promise<void> {
  if (!isWebBuildStale()) return;
  log('building the web app (first start or changed sources)…');
  const { build } = await import('vite');
  // Under a test runner NODE_ENV is 'test', which would make Vite bundle React's dev build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
