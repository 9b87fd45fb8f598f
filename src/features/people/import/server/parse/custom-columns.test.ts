import { describe, expect, it } from 'vitest';
import { applyMapping } from './apply-mapping.ts';
import { mapHeaders } from './map-headers.ts';
import type { ImportCustomField } from './map-headers.ts';
import { parsePeopleFile } from './parse-people-file.ts';

// Columns for the association's own fields: found by their label, parsed by their kind.

const shoeSize: ImportCustomField = {
  id: '11111111-1111-4111-8111-111111111111',
  label: 'Skostorlek',
  kind: 'number',
  options: [],
};
const tshirt: ImportCustomField = {
  id: '22222222-2222-4222-8222-222222222222',
  label: 'T-shirt',
  kind: 'choice',
  options: ['S', 'M', 'L'],
};
const status: ImportCustomField = {
  id: '33333333-3333-4333-8333-333333333333',
  label: 'Status',
  kind: 'text',
  options: [],
};
const customFields = [shoeSize, tshirt, status];

describe('mapping headers to custom fields', () => {
  it('maps a header equal to a field label, in any case or punctuation', () => {
    const mapping = mapHeaders(
      ['Förnamn', 'skostorlek', 'T-SHIRT', 'Tshirt storlek'],
      customFields,
    );
    expect(mapping.targets).toEqual([
      'firstName',
      `custom:${shoeSize.id}`,
      `custom:${tshirt.id}`,
      null,
    ]);
    expect(mapping.columns[1]).toMatchObject({ confidence: 'exact', duplicateOf: null });
  });

  it("prefers the association's own field to a synonym of ours", () => {
    expect(mapHeaders(['Status'], customFields).targets).toEqual([`custom:${status.id}`]);
    expect(mapHeaders(['Status']).targets).toEqual(['membershipStatus']);
  });
});

describe('custom values in rows', () => {
  async function read(lines: string[], targets?: (string | null)[]) {
    const file = await parsePeopleFile(
      Buffer.from(lines.join('\n'), 'utf8'),
      'f.csv',
      customFields,
    );
    return applyMapping(file, (targets ?? file.suggestedMapping.targets) as never, {
      customFields,
    });
  }

  it('parses each value by its kind into the draft, by field id', async () => {
    const { people, errors } = await read([
      'Namn;Skostorlek;T-shirt',
      'Åsa Öberg;38,5;m',
      'Per Åhlén;;',
    ]);
    expect(errors).toEqual([]);
    expect(people.map(({ person }) => person.custom)).toEqual([
      { [shoeSize.id]: 38.5, [tshirt.id]: 'M' },
      {},
    ]);
    expect(people[0]!.person.extra).toEqual({});
  });

  it('reports a bad value with its line, field and column; the other rows go on', async () => {
    const { people, errors } = await read([
      'Namn;Skostorlek;T-shirt',
      'Åsa Öberg;stor;XXL',
      'Per Åhlén;42;L',
    ]);
    expect(people.map(({ line }) => line)).toEqual([3]);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        field: `custom:${shoeSize.id}`,
        column: 'Skostorlek',
        code: 'invalid_number',
        message: 'Skostorlek: "stor" är inget tal',
      }),
      expect.objectContaining({ line: 2, column: 'T-shirt', code: 'invalid_choice' }),
    ]);
  });

  it('lets the user map any column to a custom field', async () => {
    const { people } = await read(
      ['Namn;Storlek på skor', 'Åsa Öberg;41'],
      ['fullName', `custom:${shoeSize.id}`],
    );
    expect(people[0]!.person.custom).toEqual({ [shoeSize.id]: 41 });
  });

  it('refuses a mapping to a custom field the association does not have', async () => {
    await expect(
      read(
        ['Namn;Annat', 'Åsa Öberg;1'],
        ['fullName', 'custom:44444444-4444-4444-8444-444444444444'],
      ),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
