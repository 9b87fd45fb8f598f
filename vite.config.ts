import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = import.meta.dirname;

/**
 * Compiles the message catalogues to react-intl's AST at build time, so the browser needs no
 * ICU message parser (about 10 KB gzip off every first load). Tests and the dev server keep
 * the plain strings and the parser.
 */
function precompileMessages(): Plugin {
  return {
    name: 'grasrot:precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform(code, id) {
      if (!/\/(i18n|web\/messages)\/[\w.]+\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, text]) => [key, parseMessage(text)]),
      );
      // Still JSON: Vite's own JSON plugin turns it into a module afterwards.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

/**
 * Mantine's ScrollArea (part of every Table) merges refs with floating-ui's `useMergeRefs`, which
 * tied all of @floating-ui/react (12 KB gzip) to each page with a table. It gets Mantine's own
 * hook for the same job instead; menus, popovers and comboboxes still use floating-ui.
 */
function scrollAreaRefs(): Plugin {
  const mergeRefs = resolve(repoRoot, 'src/web/merge-refs.ts');
  return {
    name: 'grasrot:scroll-area-refs',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromScrollArea = importer
        ?.replaceAll('\\', '/')
        .endsWith('/@mantine/core/esm/components/ScrollArea/ScrollArea.mjs');
      return source === '@floating-ui/react' && fromScrollArea ? mergeRefs : null;
    },
  };
}

/**
 * The browser gets Preact's React-compatible layer in place of react and react-dom (about 50 KB
 * gzip off every first load). Only the build: the server, the dev server and the component
 * tests keep React itself.
 */
function preactInBrowser(): Plugin {
  const swaps: [string, string][] = [
    ['react', resolve(repoRoot, 'src/web/react-on-preact.ts')],
    ['react-dom', 'preact/compat'],
    ['react-dom/client', 'preact/compat/client'],
    ['react/jsx-runtime', 'preact/compat/jsx-runtime'],
    ['react/jsx-dev-runtime', 'preact/compat/jsx-dev-runtime'],
  ];
  return {
    name: 'grasrot:preact-in-browser',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: swaps.map(([from, to]) => ({ find: new RegExp(`^${from}$`), replacement: to })),
      },
    }),
  };
}

/** Writes a .gz beside every text asset, which the server sends to browsers that accept gzip. */
function precompress(): Plugin {
  return {
    name: 'grasrot:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json|geojson)$/.test(fileName)) continue;
        const path = resolve(options.dir ?? '', fileName);
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: resolve(repoRoot, 'src/web'),
  plugins: [precompileMessages(), scrollAreaRefs(), preactInBrowser(), react(), precompress()],
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    // '^/api/', not '/api', which also catches the module /api.ts; calendar feeds come from the API.
    proxy: { '^/(api/|calendar/|o/.+\\.ics$)': 'http://127.0.0.1:3000' },
  },
});
