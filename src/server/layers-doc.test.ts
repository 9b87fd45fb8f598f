import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { featureLayers } from './modules.ts';

// docs/ARCHITECTURE.md shows the layers; src/modules.json is what the build and the dependency
// rules read. They must say the same.

it('the layers table in docs/ARCHITECTURE.md is src/modules.json', () => {
  const doc = readFileSync(new URL('../../docs/ARCHITECTURE.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Layers'), doc.indexOf('## Extension points'));
  const rows = section
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')[2]!
        .split(',')
        .map((name) => name.trim()),
    );
  expect(rows).toEqual(featureLayers);
});
