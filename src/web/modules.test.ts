import { expect, it } from 'vitest';
import list from '../modules.json';
import { webModules } from './modules.ts';

const featureNames = list.layers.flat();

it('finds the web modules there are, in the list order', () => {
  const names = webModules.map((module) => module.name);
  expect(names).toEqual(featureNames.filter((name) => names.includes(name)));
  expect(names).toContain('people');
});
