import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { featureNames, loadServerModules } from './modules.ts';

// src/modules.json is the one list of features: each folder is in it once, and each feature's
// modules are found from it.

const folders = readdirSync(new URL('../features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

it('lists every feature folder once', () => {
  expect([...featureNames].sort()).toEqual(folders);
  expect(new Set(featureNames).size).toBe(featureNames.length);
});

it('finds a server module for every feature, in the list order', async () => {
  expect((await loadServerModules()).map((module) => module.name)).toEqual(featureNames);
});
