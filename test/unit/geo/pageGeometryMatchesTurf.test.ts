/**
 * The geometry the page runs at start-up is our own code, to keep turf out of the first load. It must
 * give what turf's functions gave (turf stays the oracle here), on every country of the real basemap.
 */
import {
  area,
  bbox,
  bboxClip,
  booleanPointInPolygon,
  centerOfMass,
  pointOnFeature,
  polygon as turfPolygon,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundingBoxOf, decodeBasemap, labelPointOf } from '../../../src/geo';
import { clipRingsToLongitudes } from '../../../src/geo/clipToLongitudes';
import { isPointInPolygonal } from '../../../src/geo/pointInPolygon';
import { polygonAreaSquareMetres } from '../../../src/geo/sphericalArea';
import { convertedBasemap } from './worldAtlas';

const countries = decodeBasemap(convertedBasemap());

/** The label point as the app computed it with turf: centre of mass of the largest part, or a point on it. */
function turfLabelPoint(country: Feature<Polygon | MultiPolygon>): Position {
  const parts =
    country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const rings of parts) {
    const part = turfPolygon(rings);
    if (area(part) > bestArea) {
      best = part;
      bestArea = area(part);
    }
  }
  if (!best) throw new Error('no part');
  const centre = centerOfMass(best);
  return booleanPointInPolygon(centre, best)
    ? centre.geometry.coordinates
    : pointOnFeature(best).geometry.coordinates;
}

function partsOf(country: Feature<Polygon | MultiPolygon>): Position[][][] {
  return country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
}

describe('labelPointOf', () => {
  it('puts every country’s label where turf put it', () => {
    let offSurface = 0;
    for (const country of countries.features) {
      const expected = turfLabelPoint(country);
      const actual = labelPointOf(country);
      const iso3 = country.properties.iso3;
      expect(actual[0], iso3).toBeCloseTo(expected[0] ?? Number.NaN, 9);
      expect(actual[1], iso3).toBeCloseTo(expected[1] ?? Number.NaN, 9);
      if (!booleanPointInPolygon(centerOfMass(turfPolygon(partsOf(country)[0] ?? [])), country))
        offSurface += 1;
    }
    // Some shapes exercise the fallback (a centre of mass outside the part).
    expect(offSurface).toBeGreaterThan(0);
  });

  it('falls back to a point on a crescent whose centre of mass lies outside it', () => {
    const crescent: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 9],
            [9, 9],
            [9, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    };
    const point = labelPointOf(crescent);
    expect(isPointInPolygonal(point, crescent.geometry)).toBe(true);
    expect(point).toEqual(pointOnFeature(crescent).geometry.coordinates);
  });
});

describe('isPointInPolygonal', () => {
  it('agrees with turf on a grid over countries with holes, islands and long coasts', () => {
    for (const iso3 of ['ITA', 'ZAF', 'NOR', 'HRV', 'UKR', 'GRC', 'RUS']) {
      const country = countries.features.find((feature) => feature.properties.iso3 === iso3);
      if (!country) throw new Error(`no ${iso3}`);
      const [west, south, east, north] = boundingBoxOf(country);
      const step = Math.max((east - west) / 60, (north - south) / 60);
      for (let longitude = west; longitude <= east; longitude += step) {
        for (let latitude = south; latitude <= north; latitude += step) {
          const position = [longitude, latitude];
          expect(isPointInPolygonal(position, country.geometry), `${iso3} ${position}`).toBe(
            booleanPointInPolygon(position, country),
          );
        }
      }
    }
  });

  it('counts the outline as inside and a hole as outside', () => {
    const squareWithHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 3],
          [3, 3],
          [3, 1],
          [1, 1],
        ],
      ],
    };
    expect(isPointInPolygonal([0.5, 0.5], squareWithHole)).toBe(true);
    expect(isPointInPolygonal([2, 2], squareWithHole)).toBe(false);
    expect(isPointInPolygonal([4, 2], squareWithHole)).toBe(true);
    expect(isPointInPolygonal([0, 0], squareWithHole)).toBe(true);
    expect(isPointInPolygonal([1, 2], squareWithHole)).toBe(true);
    expect(isPointInPolygonal([5, 2], squareWithHole)).toBe(false);
    expect(
      isPointInPolygonal([2, 0.5], { type: 'MultiPolygon', coordinates: [squareWithHole.coordinates] }),
    ).toBe(true);
  });
});

describe('polygonAreaSquareMetres', () => {
  it('measures every country part as turf does', () => {
    for (const country of countries.features) {
      for (const rings of partsOf(country)) {
        const expected = area(turfPolygon(rings));
        // Relative agreement; a part quantized to no area at all (Vatican) must be 0 in both.
        const difference = Math.abs(polygonAreaSquareMetres(rings) - expected);
        expect(difference, country.properties.iso3).toBeLessThanOrEqual(1e-9 * expected);
      }
    }
  });
});

describe('clipRingsToLongitudes', () => {
  it('cuts every country to bands of longitude as turf’s bboxClip does', () => {
    const bands: Array<[number, number]> = [
      [-10, 30],
      [20, 40],
      [0, 180],
      [-180, 0],
      [30.5, 31],
    ];
    let cut = 0;
    for (const country of countries.features) {
      for (const rings of partsOf(country)) {
        for (const [west, east] of bands) {
          const expected = bboxClip(turfPolygon(rings), [west, -90, east, 90]).geometry
            .coordinates as Position[][];
          const actual = clipRingsToLongitudes(rings, west, east);
          expect(actual.length, `${country.properties.iso3} ${west}..${east}`).toBe(expected.length);
          actual.forEach((ring, index) => {
            const expectedRing = expected[index] ?? [];
            expect(ring.length).toBe(expectedRing.length);
            ring.forEach((position, vertex) => {
              expect(position[0]).toBeCloseTo(expectedRing[vertex]?.[0] ?? Number.NaN, 9);
              expect(position[1]).toBeCloseTo(expectedRing[vertex]?.[1] ?? Number.NaN, 9);
            });
          });
          if (
            actual.length > 0 &&
            actual.flat().some((position) => position[0] === west || position[0] === east)
          )
            cut += 1;
        }
      }
    }
    // The bands do cut through countries, not only keep or drop whole ones.
    expect(cut).toBeGreaterThan(20);
  });

  it('closes a cut ring and drops one with nothing inside the band', () => {
    const square = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    expect(clipRingsToLongitudes(square, 2, 10)).toEqual([
      [
        [2, 0],
        [4, 0],
        [4, 4],
        [2, 4],
        [2, 0],
      ],
    ]);
    expect(clipRingsToLongitudes(square, 5, 10)).toEqual([]);
  });
});

describe('boundingBoxOf', () => {
  it('bounds every country and the whole basemap as turf’s bbox does', () => {
    for (const country of countries.features) {
      expect(boundingBoxOf(country), country.properties.iso3).toEqual(bbox(country));
    }
    expect(boundingBoxOf(countries)).toEqual(bbox(countries));
  });

  it('bounds points and lines too, and gives an empty box for nothing', () => {
    expect(
      boundingBoxOf({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [3, -2] } },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [-1, 5],
                [2, 1],
              ],
            },
          },
        ],
      }),
    ).toEqual([-1, -2, 3, 5]);
    expect(boundingBoxOf({ type: 'FeatureCollection', features: [] })).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
  });
});
