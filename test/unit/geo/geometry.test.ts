import { describe, expect, it } from 'vitest';
import {
  boundingBoxOf,
  centroidOf,
  countryAt,
  decodeBasemap,
  distanceKilometres,
  isPointInCountry,
  labelPointOf,
  labelPointsOf,
  neighboursOf,
  undisclosedAreaInUkraine,
} from '../../../src/geo';
import { convertedBasemap } from './worldAtlas';

const countries = decodeBasemap(convertedBasemap());
const countryNamed = (iso3: string) => {
  const found = countries.features.find((country) => country.properties.iso3 === iso3);
  if (!found) throw new Error(`no ${iso3}`);
  return found;
};

describe('decodeBasemap', () => {
  it('returns one polygonal feature per country with id = iso3', () => {
    expect(countries.features.length).toBe(convertedBasemap().objects.countries.geometries.length);
    for (const country of countries.features) {
      expect(country.id).toBe(country.properties.iso3);
      expect(['Polygon', 'MultiPolygon']).toContain(country.geometry.type);
    }
  });

  it('rejects what is not a basemap with a readable reason', () => {
    expect(() => decodeBasemap(null)).toThrow(/TopoJSON Topology/);
    expect(() => decodeBasemap({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/"countries"/);
  });
});

describe('point queries', () => {
  it('finds the country at a position, and nothing at sea', () => {
    expect(countryAt(countries, [2.35, 48.86])).toBe('FRA');
    expect(countryAt(countries, [13.4, 52.52])).toBe('DEU');
    expect(countryAt(countries, [139.69, 35.69])).toBe('JPN');
    expect(countryAt(countries, [-30, 40])).toBeUndefined();
  });

  it('tests membership of one country', () => {
    expect(isPointInCountry(countries, 'POL', [21.01, 52.23])).toBe(true);
    expect(isPointInCountry(countries, 'POL', [30.52, 50.45])).toBe(false);
    expect(isPointInCountry(countries, 'ZZZ', [21.01, 52.23])).toBe(false);
  });
});

describe('neighboursOf', () => {
  it("gives exactly Ukraine's land neighbours", () => {
    expect(new Set(neighboursOf(countries, 'UKR'))).toEqual(
      new Set(['POL', 'SVK', 'HUN', 'ROU', 'MDA', 'BLR', 'RUS']),
    );
  });

  it('gives Poland and Germany their neighbours, islands none', () => {
    expect(new Set(neighboursOf(countries, 'POL'))).toEqual(
      new Set(['DEU', 'CZE', 'SVK', 'UKR', 'BLR', 'LTU', 'RUS']),
    );
    expect(neighboursOf(countries, 'DEU')).toHaveLength(9);
    expect(neighboursOf(countries, 'ISL')).toEqual([]);
    expect(neighboursOf(countries, 'ZZZ')).toEqual([]);
  });

  it('bridges a sliver gap within the tolerance', () => {
    const square = (west: number): (typeof countries.features)[number] => ({
      type: 'Feature',
      properties: { iso3: west < 1 ? 'AAA' : 'BBB', name: 'test' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, 0],
            [west + 1, 0],
            [west + 1, 1],
            [west, 1],
            [west, 0],
          ],
        ],
      },
    });
    const gapped = { type: 'FeatureCollection' as const, features: [square(0), square(1.002)] };
    expect(neighboursOf(gapped, 'AAA')).toEqual(['BBB']);
    expect(neighboursOf(gapped, 'AAA', 0)).toEqual([]);
  });
});

describe('measures', () => {
  it('bounds a country and a collection', () => {
    const [west, south, east, north] = boundingBoxOf(countryNamed('UKR'));
    expect(west).toBeCloseTo(22.1, 0);
    expect(east).toBeCloseTo(40.2, 0);
    expect(south).toBeLessThan(44.5);
    expect(north).toBeCloseTo(52.4, 0);
    const world = boundingBoxOf(countries);
    expect(world[0]).toBe(-180);
    expect(world[1]).toBeGreaterThan(-60);
  });

  it('places centroids and labels', () => {
    expect(countryAt(countries, centroidOf(countryNamed('POL')))).toBe('POL');
    for (const iso3 of ['FRA', 'NOR', 'UKR', 'CAN', 'HRV', 'ITA', 'GBR', 'USA']) {
      expect(countryAt(countries, labelPointOf(countryNamed(iso3))), iso3).toBe(iso3);
    }
    const france = labelPointOf(countryNamed('FRA'));
    expect(france[0]).toBeGreaterThan(-5);
    expect(france[1]).toBeGreaterThan(42);
    const labels = labelPointsOf(countries);
    expect(labels.features).toHaveLength(countries.features.length);
    expect(labels.features[0]?.properties).toEqual({
      iso3: countries.features[0]?.properties.iso3,
      name: countries.features[0]?.properties.name,
    });
  });

  it('measures great-circle distances in kilometres', () => {
    expect(distanceKilometres([30.52, 50.45], [24.03, 49.84])).toBeCloseTo(468, -1);
    expect(distanceKilometres([2.35, 48.86], [2.35, 48.86])).toBe(0);
  });
});

describe('undisclosedAreaInUkraine', () => {
  const area = undisclosedAreaInUkraine(countries);

  it('is a shape inside Ukraine, west of the Dnipro, that draws no line across the country', () => {
    const [west, south, east, north] = boundingBoxOf(area);
    expect(east).toBeLessThan(34);
    expect(west).toBeGreaterThan(22);
    expect(north - south).toBeGreaterThan(2);
    expect(area.properties.iso3).toBe('UKR');
    const ring = area.geometry.type === 'Polygon' ? area.geometry.coordinates[0] : [];
    for (const vertex of ring ?? []) {
      expect(countryAt(countries, vertex as [number, number])).toBe('UKR');
    }
  });

  it('contains Kyiv and Lviv but not Kharkiv or Donetsk', () => {
    const inArea = (position: [number, number]) =>
      isPointInCountry({ type: 'FeatureCollection', features: [area] }, 'UKR', position);
    expect(inArea([30.52, 50.45])).toBe(true);
    expect(inArea([24.03, 49.84])).toBe(true);
    expect(inArea([36.23, 49.99])).toBe(false);
    expect(inArea([37.8, 48.0])).toBe(false);
  });

  it('needs Ukraine in the collection', () => {
    expect(() => undisclosedAreaInUkraine({ type: 'FeatureCollection', features: [] })).toThrow(/UKR/);
  });
});

describe('antimeridian', () => {
  it('leaves no edge that jumps across the map, and keeps Chukotka and Fiji', () => {
    for (const country of countries.features) {
      const polygons =
        country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
      for (const ring of polygons.flat()) {
        for (const [index, position] of ring.entries()) {
          const next = ring[index + 1];
          if (next)
            expect(Math.abs((next[0] ?? 0) - (position[0] ?? 0)), country.properties.iso3).toBeLessThan(180);
          expect(Math.abs(position[0] ?? 0)).toBeLessThanOrEqual(180);
        }
      }
    }
    expect(countryAt(countries, [-173, 65])).toBe('RUS');
    expect(countryAt(countries, [175, 67])).toBe('RUS');
    expect(countryAt(countries, [0, 66])).toBeUndefined();
    expect(countryAt(countries, [178.4, -18.1])).toBe('FJI');
  });
});
