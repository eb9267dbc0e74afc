import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryAt, decodeBasemap } from '../../../src/geo';
import { CRIMEA_BOX, convertWorldAtlas, correctCrimea, labelCountries } from '../../../src/geo/basemap';
import {
  countryGeometriesOf,
  outerRingPositions,
  polygonsOf,
} from '../../../src/geo/basemap/topologyHelpers';
import { isInsideBox } from '../../../src/geo/basemap/types';
import { expectRecognisedBorders, UKRAINIAN_PLACES } from './borderExpectations';
import { convertedBasemap, readWorldAtlas } from './worldAtlas';

/** Crimea must be one piece with the mainland: no Ukrainian part lies wholly inside the peninsula. */
function crimeanOnlyParts(topology: Topology, iso3: string): number {
  const country = countryGeometriesOf(topology).find((geometry) => geometry.id === iso3);
  if (!country) throw new Error(`no ${iso3}`);
  return polygonsOf(country).filter((polygon) =>
    outerRingPositions(topology, polygon).every((position) => isInsideBox(position, CRIMEA_BOX)),
  ).length;
}

describe('borders per UN GA resolution 68/262', () => {
  it('puts Crimea, Sevastopol and the occupied oblasts in Ukraine, not Russia', () => {
    expectRecognisedBorders(decodeBasemap(convertedBasemap()));
  });

  it('leaves no border between Crimea and mainland Ukraine', () => {
    const topology = convertedBasemap();
    expect(crimeanOnlyParts(topology, 'UKR')).toBe(0);
    expect(crimeanOnlyParts(topology, 'RUS')).toBe(0);
    const ukraine = decodeBasemap(topology).features.find((country) => country.id === 'UKR');
    const parts = ukraine?.geometry.type === 'MultiPolygon' ? ukraine.geometry.coordinates : [];
    const partsReachingCrimea = parts.filter((rings) =>
      (rings[0] ?? []).some((position) => isInsideBox(position, CRIMEA_BOX)),
    );
    // One part holds both Kyiv's mainland and the peninsula (the Perekop line is gone).
    const spanning = partsReachingCrimea.filter((rings) => {
      const latitudes = (rings[0] ?? []).map((position) => position[1] ?? 0);
      return Math.min(...latitudes) < 45 && Math.max(...latitudes) > 51;
    });
    expect(spanning).toHaveLength(1);
  });

  it('shows that world-atlas itself draws Crimea in Russia (the correction is needed)', () => {
    const uncorrected = decodeBasemap(labelCountries(readWorldAtlas()));
    expect(countryAt(uncorrected, UKRAINIAN_PLACES.Simferopol ?? [])).toBe('RUS');
    expect(countryAt(uncorrected, UKRAINIAN_PLACES.Donetsk ?? [])).toBe('UKR');
  });

  it('throws when no Russian polygon is in Crimea', () => {
    const topology = correctCrimea(labelCountries(readWorldAtlas()));
    expect(() => correctCrimea(topology)).toThrow(/expected exactly one Russian polygon .* found 0/);
  });

  it('throws when Crimea is found more than once', () => {
    const topology = labelCountries(readWorldAtlas());
    const russia = countryGeometriesOf(topology).find((geometry) => geometry.id === 'RUS');
    if (russia?.type !== 'MultiPolygon') throw new Error('expected Russia as a MultiPolygon');
    const crimea = russia.arcs.find((polygon) =>
      outerRingPositions(topology, polygon).every((position) => isInsideBox(position, CRIMEA_BOX)),
    );
    if (!crimea) throw new Error('expected Crimea in the source');
    russia.arcs.push(crimea);
    expect(() => correctCrimea(topology)).toThrow(/found 2/);
  });

  it('refuses to build a basemap without Ukraine', () => {
    const source = readWorldAtlas();
    const countries = source.objects.countries;
    if (countries?.type !== 'GeometryCollection') throw new Error('expected countries');
    countries.geometries = countries.geometries.filter((geometry) => geometry.id !== '804');
    expect(() => convertWorldAtlas(source)).toThrow(/no UKR geometry/);
  });
});
