// Files that must be refused, each with a Swedish message that says what and where.
import { describe, expect, it } from 'vitest';
import { prepareElectionImport } from './election-import.ts';
import { errorOf, readFixtureFile, readHuddingeFile } from './election-files.fixtures.ts';

const geometry = readHuddingeFile('huddinge_districts.geojson');
const results = readHuddingeFile('huddinge_results_2022.csv');

/** A one-feature collection with a cleaned district code of Huddinge. */
function featureCollection(coordinates: unknown, type = 'Polygon', code = '01260103'): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { district_code: code, district_name: 'Fridhem' },
        geometry: { type, coordinates },
      },
    ],
  });
}
const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('prepareElectionImport refuses', () => {
  it('a results file without the votes column, naming the column', () => {
    const lines = results.split('\n').map((line) =>
      line
        .split(',')
        .filter((_, i) => i !== 5)
        .join(','),
    );
    const error = errorOf(() => prepareElectionImport({ geometry, results: lines.join('\n') }));
    expect(error.file).toBe('results');
    expect(error.where).toBe('rad 1 (rubrikraden)');
    expect(error.message).toContain('votes_cast eller ANTAL RÖSTANDE');
  });

  it('a count that is not a number, with its row and column', () => {
    const lines = results.split('\n');
    lines[3] = lines[3]!.replace(/,1\d{3},/, ',12a4,');
    const error = errorOf(() => prepareElectionImport({ geometry, results: lines.join('\n') }));
    expect(error.where).toMatch(/^rad 4, kolumn (eligible_voters|votes_cast|valid_votes)$/);
    expect(error.message).toContain('"12a4" är inte ett antal');
  });

  it('a count with a fraction', () => {
    const error = errorOf(() =>
      prepareElectionImport({ geometry, results: results.replace(',1489,', ',1489.5,') }),
    );
    expect(error.where).toBe('rad 2, kolumn eligible_voters');
  });

  it('coordinates in an unknown projection, saying which ranges it saw', () => {
    // RT 90 2.5 gon V, the projection before SWEREF 99: eastings around 1 600 000.
    const error = errorOf(() =>
      prepareElectionImport({
        geometry: featureCollection([square(1_620_000, 6_570_000, 500)]),
        results,
      }),
    );
    expect(error.file).toBe('geometry');
    expect(error.message).toContain('okänd projektion');
    expect(error.message).toMatch(
      /x från 1\s620\s000 till 1\s620\s500, y från 6\s570\s000 till 6\s570\s500/,
    );
  });

  it('latitude and longitude in the wrong order, with a hint', () => {
    const error = errorOf(() =>
      prepareElectionImport({ geometry: featureCollection([square(59.2, 17.9, 0.01)]), results }),
    );
    expect(error.message).toContain('omvänd ordning');
  });

  it('a crs member that disagrees with the coordinates', () => {
    const file = JSON.parse(geometry) as Record<string, unknown>;
    file.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } };
    const error = errorOf(() => prepareElectionImport({ geometry: JSON.stringify(file), results }));
    expect(error.message).toContain('okänd projektion: crs');
  });

  it('results whose codes match no polygon', () => {
    const other = readFixtureFile('kommun_2022_cut.csv');
    const error = errorOf(() => prepareElectionImport({ geometry, results: other }));
    expect(error.file).toBe('results');
    expect(error.message).toMatch(
      /Ingen valdistriktskod i resultatfilen matchar geometrifilen för kommun 0126/,
    );
    expect(error.message).toContain('inga rader för kommunen');
  });

  it('a self-intersecting polygon (a bow-tie), saying which object and where', () => {
    const bowTie = [
      [
        [17.9, 59.2],
        [17.92, 59.22],
        [17.92, 59.2],
        [17.9, 59.22],
        [17.9, 59.2],
      ],
    ];
    const error = errorOf(() =>
      prepareElectionImport({ geometry: featureCollection(bowTie), results }),
    );
    expect(error.where).toBe('objekt 1 (01260103)');
    expect(error.message).toMatch(/den yttre ringen korsar sig själv nära 17\.9\d*, 59\.2/);
  });

  it('a hole that crosses the outer ring', () => {
    const polygon = [square(17.9, 59.2, 0.02), square(17.91, 59.21, 0.02)];
    const error = errorOf(() =>
      prepareElectionImport({ geometry: featureCollection(polygon), results }),
    );
    expect(error.message).toContain('hål 1 korsar den yttre ringen');
  });

  it('a ring that is not closed or too short, in a MultiPolygon part', () => {
    const open = [[square(17.9, 59.2, 0.01)], [square(17.95, 59.2, 0.01).slice(0, 4)]];
    const error = errorOf(() =>
      prepareElectionImport({ geometry: featureCollection(open, 'MultiPolygon'), results }),
    );
    expect(error.message).toContain('del 2: yttre ringen är inte sluten');
    const short = [
      [
        [17.9, 59.2],
        [17.91, 59.2],
        [17.9, 59.2],
      ],
    ];
    expect(
      errorOf(() => prepareElectionImport({ geometry: featureCollection(short), results })).message,
    ).toContain('har 3 positioner; minst 4 krävs');
  });

  it('a position that is not two numbers, and a geometry that is not a polygon', () => {
    const text = [
      [
        [17.9, 59.2],
        ['17.91', 59.2],
        [17.91, 59.21],
        [17.9, 59.2],
      ],
    ];
    expect(
      errorOf(() => prepareElectionImport({ geometry: featureCollection(text), results })).message,
    ).toContain('inte två ändliga tal');
    const point = featureCollection([17.9, 59.2], 'Point');
    expect(errorOf(() => prepareElectionImport({ geometry: point, results })).message).toContain(
      'geometritypen Point stöds inte',
    );
  });

  it('a feature without a district code', () => {
    const file = featureCollection([square(17.9, 59.2, 0.01)]).replace(
      '"district_code":"01260103",',
      '',
    );
    const error = errorOf(() => prepareElectionImport({ geometry: file, results }));
    expect(error.where).toBe('objekt 1');
    expect(error.message).toContain('valdistriktskod saknas');
  });

  it('a geometry file that is not JSON, or not a FeatureCollection', () => {
    const broken = errorOf(() =>
      prepareElectionImport({ geometry: geometry.slice(0, 5000), results }),
    );
    expect(broken.file).toBe('geometry');
    expect(broken.message).toContain('inte giltig JSON');
    const notCollection = errorOf(() =>
      prepareElectionImport({ geometry: '{"type":"Feature"}', results }),
    );
    expect(notCollection.message).toContain('ingen GeoJSON FeatureCollection');
  });

  it('an empty results file, and a quote that never closes', () => {
    expect(errorOf(() => prepareElectionImport({ geometry, results: '' })).message).toContain(
      'filen är tom',
    );
    const unclosed = results.replace('Fridhem', '"Fridhem');
    expect(errorOf(() => prepareElectionImport({ geometry, results: unclosed })).where).toBe(
      'rad 2',
    );
  });
});
