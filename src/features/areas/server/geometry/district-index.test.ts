import { describe, expect, it } from 'vitest';
import { bboxOf, polygonsOf } from './area-geometry.ts';
import { buildDistrictIndex, districtAt } from './district-index.ts';
import { huddingeDistricts, interiorPoint } from './geometry-testing.ts';

const districts = huddingeDistricts();
const index = buildDistrictIndex(districts);
const byCode = new Map(districts.map((d) => [d.code, d]));

describe('districtAt', () => {
  it('finds each of Huddinge’s 64 districts from a point inside it', () => {
    for (const d of districts) {
      const [lon, lat] = interiorPoint(polygonsOf(d.geometry)[0]!);
      expect(districtAt(index, lon, lat), d.code).toBe(d.code);
    }
  });

  it('gives a point in a hole to the enclave filling it, not to the surrounding district', () => {
    // 01260306 has one hole, filled by 01260313; 01260404 has two, filled by 01260402 and 01260403.
    const cases: Array<[string, number, string]> = [
      ['01260306', 1, '01260313'],
      ['01260404', 1, '01260402'],
      ['01260404', 2, '01260403'],
    ];
    for (const [outer, hole, enclave] of cases) {
      const ring = polygonsOf(byCode.get(outer)!.geometry)[0]![hole]!;
      const [lon, lat] = interiorPoint([ring]);
      expect(districtAt(index, lon, lat)).toBe(enclave);
    }
  });

  it('gives a point in a hole that nothing fills to no district', () => {
    const lake = {
      code: '99990001',
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [18, 59],
            [18.1, 59],
            [18.1, 59.1],
            [18, 59.1],
            [18, 59],
          ],
          [
            [18.04, 59.04],
            [18.04, 59.06],
            [18.06, 59.06],
            [18.06, 59.04],
            [18.04, 59.04],
          ],
        ],
      },
    };
    const own = buildDistrictIndex([lake]);
    expect(districtAt(own, 18.05, 59.05)).toBeNull();
    expect(districtAt(own, 18.02, 59.05)).toBe('99990001');
  });

  it('gives null far outside every district and just outside the municipality’s bbox', () => {
    expect(districtAt(index, 0, 0)).toBeNull();
    expect(districtAt(index, 11.97, 57.7)).toBeNull(); // Göteborg
    const [minLon, minLat] = index.bbox;
    expect(districtAt(index, minLon - 0.001, minLat + 0.01)).toBeNull();
  });

  it('finds districts of a MultiPolygon in any of its parts', () => {
    const two = {
      code: '14800101',
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          [
            [
              [11, 57],
              [11.1, 57],
              [11.1, 57.1],
              [11, 57],
            ],
          ],
          [
            [
              [12, 58],
              [12.1, 58],
              [12.1, 58.1],
              [12, 58],
            ],
          ],
        ],
      },
    };
    const own = buildDistrictIndex([two]);
    expect(districtAt(own, 12.08, 58.02)).toBe('14800101');
    expect(districtAt(own, 11.08, 57.02)).toBe('14800101');
    expect(districtAt(own, 11.5, 57.5)).toBeNull();
  });
});

describe('bboxOf', () => {
  it('bounds polygons and multipolygons', () => {
    expect(
      bboxOf({
        type: 'Polygon',
        coordinates: [
          [
            [1, 2],
            [3, 1],
            [2, 5],
            [1, 2],
          ],
        ],
      }),
    ).toEqual([1, 1, 3, 5]);
    expect(
      bboxOf({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [1, 2],
              [3, 1],
              [2, 5],
              [1, 2],
            ],
          ],
          [
            [
              [-4, 0],
              [0, 0],
              [0, 1],
              [-4, 0],
            ],
          ],
        ],
      }),
    ).toEqual([-4, 0, 3, 5]);
  });
});
