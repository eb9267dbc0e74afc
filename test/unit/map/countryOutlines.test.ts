import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import {
  COUNTRY_OUTLINE_SOURCE,
  CountryOutlineSync,
  countryOutlines,
} from '../../../src/map/countryOutlines';
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

describe('the outline source', () => {
  function fakeMap() {
    const setData = vi.fn();
    const addSource = vi.fn();
    const map = {
      addSource,
      getSource: (id: string) => (id === COUNTRY_OUTLINE_SOURCE ? { setData } : undefined),
    };
    return { map: map as unknown as MapLibreMap, setData, addSource };
  }

  it('starts with the current outlines and sends new data only when the outlined countries change', () => {
    const { map, setData, addSource } = fakeMap();
    const sync = new CountryOutlineSync(map, SQUARE_COUNTRIES);
    sync.addSource('POL', null);
    expect(addSource).toHaveBeenCalledTimes(1);
    expect(addSource.mock.calls[0]?.[1].data.features).toHaveLength(1);
    sync.apply('POL', null);
    expect(setData).not.toHaveBeenCalled();
    sync.apply('FRA', null);
    sync.apply('FRA', ['POL', 'DEU']);
    sync.apply('FRA', ['POL', 'DEU']);
    expect(setData).toHaveBeenCalledTimes(2);
    expect(setData.mock.calls[1]?.[0].features).toHaveLength(3);
  });
});
