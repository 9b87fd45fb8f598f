import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = import.meta.dirname;
const BUDGET_BYTES = 200 * 1024;
/** The page an activist lands on after logging in; its lazy chunk counts towards first load. */
const ACTIVIST_FIRST_PAGE = 'src/features/people/me/web/MyPage.tsx';

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * After a production build, prints and records the gzip size of the JavaScript an activist's
 * first page load needs: the entry chunk, the "Min sida" chunk and everything they import statically.
 * Fails the build when the figure is over budget, so the budget cannot rot silently.
 */
function activistBundleBudget(): Plugin {
  return {
    name: 'grasrot:activist-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item as ChunkInfo);
      }
      const all = [...chunks.values()];
      const entry = all.find((chunk) => chunk.isEntry);
      const myPage = all.find((chunk) =>
        chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(ACTIVIST_FIRST_PAGE),
      );
      if (!entry || !myPage) {
        this.error(
          `bundle budget: could not find the entry chunk or the chunk of ${ACTIVIST_FIRST_PAGE}`,
        );
      }
      const needed = new Set<string>();
      const visit = (fileName: string): void => {
        if (needed.has(fileName)) return;
        needed.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      visit(myPage.fileName);
      let gzipBytes = 0;
      for (const fileName of needed) {
        gzipBytes += gzipSync(chunks.get(fileName)?.code ?? '', { level: 9 }).length;
      }
      const report = { activistFirstLoadGzipBytes: gzipBytes, budgetBytes: BUDGET_BYTES };
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: `${JSON.stringify(report, null, 2)}\n`,
      });
      const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
      console.log(
        `\nactivist first-load JS: ${kb(gzipBytes)} KB gzip (budget ${kb(BUDGET_BYTES)} KB), ` +
          `${needed.size} chunks\n`,
      );
      if (gzipBytes > BUDGET_BYTES) {
        this.error(
          `activist first-load JS is over budget: ${gzipBytes} > ${BUDGET_BYTES} bytes gzip`,
        );
      }
    },
  };
}

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
  plugins: [precompileMessages(), react(), activistBundleBudget(), precompress()],
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
