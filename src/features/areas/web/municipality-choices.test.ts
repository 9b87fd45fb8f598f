import { describe, expect, it } from 'vitest';
import { municipalityChoices } from './municipality-choices.ts';

describe('municipalityChoices', () => {
  it('reads the municipalities an error lists', () => {
    const message =
      'Geometrifilen innehåller 3 kommuner; välj en av dem: 1401 Härryda (20 valdistrikt), ' +
      '1480 Göteborg (411 valdistrikt), 1402 (12 valdistrikt).';
    expect(municipalityChoices(message)).toEqual([
      { code: '1401', name: 'Härryda' },
      { code: '1480', name: 'Göteborg' },
      { code: '1402', name: '' },
    ]);
    expect(municipalityChoices('Resultatfilen, rad 3: kolumnen saknas')).toEqual([]);
  });
});
