import { describe, expect, it } from 'vitest';
import { type CountryGeometry, countryCodeOf, madeUpCountryCode } from '../../../src/geo/basemap';
import { convertedBasemap } from './worldAtlas';

describe('convertWorldAtlas', () => {
  const geometries = convertedBasemap().objects.countries.geometries as CountryGeometry[];

  it('gives every country an alpha-3 iso3, a name, and the iso3 as id', () => {
    expect(geometries.length).toBeGreaterThan(200);
    for (const geometry of geometries) {
      expect(geometry.properties?.iso3).toMatch(/^[A-Z]{3}$/);
      expect(geometry.properties?.name).toEqual(expect.any(String));
      expect(geometry.id).toBe(geometry.properties?.iso3);
      expect(Object.keys(geometry.properties ?? {}).sort()).toEqual(['iso3', 'name']);
    }
  });

  it('has unique ids (Ashmore and Cartier merged into Australia)', () => {
    const ids = geometries.map((geometry) => geometry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(geometries.find((geometry) => geometry.id === 'AUS')?.properties?.name).toBe('Australia');
  });

  it('keys the countries the atlas needs, and drops Antarctica', () => {
    const ids = new Set(geometries.map((geometry) => geometry.id));
    for (const iso3 of ['UKR', 'RUS', 'FRA', 'GBR', 'DEU', 'POL', 'CAN', 'JPN', 'AUS', 'NZL', 'TUR', 'ISL']) {
      expect(ids).toContain(iso3);
    }
    expect(ids).not.toContain('ATA');
  });

  it('gives places without a numeric code stable made-up codes', () => {
    const byName = new Map(geometries.map((geometry) => [geometry.properties?.name, geometry.id]));
    expect(byName.get('Kosovo')).toBe('XKX');
    expect(byName.get('N. Cyprus')).toBe('XNC');
    expect(byName.get('Somaliland')).toBe('XSO');
    expect(byName.get('Siachen Glacier')).toBe('XSG');
    expect(madeUpCountryCode('Kosovo')).toBe('XKX');
    expect(madeUpCountryCode('Ñew Place')).toBe('XNP');
  });

  it('uses current names and maps numeric codes with ISO', () => {
    expect(geometries.find((geometry) => geometry.id === 'MKD')?.properties?.name).toBe('North Macedonia');
    expect(countryCodeOf('804', 'Ukraine')).toBe('UKR');
    expect(countryCodeOf(undefined, 'Kosovo')).toBe('XKX');
    expect(() => countryCodeOf('999', 'Nowhere')).toThrow(/Unknown ISO 3166-1 numeric code "999"/);
  });
});
