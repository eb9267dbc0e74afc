import { describe, expect, it } from 'vitest';
import { countryOutlines } from '../../../src/map/countryOutlines';
import { SQUARE_COUNTRIES } from './mapFixtures';

const idsOf = (kind: string, collection: ReturnType<typeof countryOutlines>) =>
  collection.features.filter((feature) => feature.properties.outline === kind).map((f) => f.properties.iso3);

describe('country outlines', () => {
  it('holds nothing when nothing is selected or highlighted', () => {
    expect(countryOutlines(SQUARE_COUNTRIES, null, null).features).toEqual([]);
  });

  it('outlines the selected country with its own geometry', () => {
    const outlines = countryOutlines(SQUARE_COUNTRIES, 'POL', null);
    expect(idsOf('selected', outlines)).toEqual(['POL']);
    const poland = SQUARE_COUNTRIES.features.find((feature) => feature.properties.iso3 === 'POL');
    expect(outlines.features[0]?.geometry).toBe(poland?.geometry);
  });

  it('gives a country both selected and a party one feature per reason, and skips unknown ids', () => {
    const outlines = countryOutlines(SQUARE_COUNTRIES, 'POL', ['POL', 'FRA', 'EU', 'ZZZ']);
    expect(idsOf('selected', outlines)).toEqual(['POL']);
    expect(idsOf('highlighted', outlines).sort()).toEqual(['FRA', 'POL']);
    expect(outlines.features).toHaveLength(3);
  });
});
