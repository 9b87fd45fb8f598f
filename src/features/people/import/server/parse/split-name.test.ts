import { expect, it } from 'vitest';
import { splitFullName } from './split-name.ts';

it.each([
  ['Åsa Öberg', 'Åsa', 'Öberg'],
  ['Anna Maria Svensson', 'Anna Maria', 'Svensson'],
  ['Karl-Johan Ärlemark-Lindé', 'Karl-Johan', 'Ärlemark-Lindé'],
  ['Carl von Lindé', 'Carl', 'von Lindé'],
  ['Ebba af Klintberg', 'Ebba', 'af Klintberg'],
  ['Ida De Geer', 'Ida', 'De Geer'],
  ['Jan van der Berg', 'Jan', 'van der Berg'],
  ['Öberg, Åsa', 'Åsa', 'Öberg'],
  ['Öberg,Åsa Maria', 'Åsa Maria', 'Öberg'],
  ['  Åsa   Öberg  ', 'Åsa', 'Öberg'],
])('splits %j into %j + %j', (full, firstName, lastName) => {
  expect(splitFullName(full)).toEqual({ firstName, lastName });
});

it('keeps at least one given name when the name starts like a particle', () => {
  expect(splitFullName('Van Öberg')).toEqual({ firstName: 'Van', lastName: 'Öberg' });
  expect(splitFullName('De la Cruz')).toEqual({ firstName: 'De', lastName: 'la Cruz' });
});

it('reads a single word as a first name, and nothing as nothing', () => {
  expect(splitFullName('Åsa')).toEqual({ firstName: 'Åsa', lastName: null });
  expect(splitFullName('  ')).toEqual({ firstName: null, lastName: null });
});
