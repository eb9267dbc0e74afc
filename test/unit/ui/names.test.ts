import { describe, expect, it } from 'vitest';
import { countryDisplayName, isoCountryName } from '../../../src/ui/panel/countryName';
import { panelMessages } from '../../../src/ui/panel/messages';
import { countryLabelTextField } from '../../../src/ui/settings/localisedNames';

describe('country names in the UI language', () => {
  it('follows the language through the browser’s CLDR names', () => {
    expect(isoCountryName('DEU', 'de')).toBe('Deutschland');
    expect(isoCountryName('DEU', 'fr')).toBe('Allemagne');
    expect(isoCountryName('DEU', 'uk')).toBe('Німеччина');
    expect(isoCountryName('GBR', 'en')).toBe('United Kingdom');
  });

  it('has no CLDR name for made-up basemap codes, so callers fall back', () => {
    expect(isoCountryName('XSO', 'de')).toBeUndefined();
    expect(countryDisplayName('XSO', 'de', panelMessages.en, { basemapName: 'Somaliland' })).toBe(
      'Somaliland',
    );
  });

  it('keeps the data’s own name in English and names institutions from the catalog', () => {
    expect(countryDisplayName('USA', 'en', panelMessages.en, { actorName: 'United States' })).toBe(
      'United States',
    );
    expect(countryDisplayName('EU', 'fr', { ...panelMessages.en, ...panelMessages.fr })).toBe(
      panelMessages.fr?.name_EU,
    );
  });
});

describe('the map labels’ text field', () => {
  it('is the English name in English', () => {
    expect(countryLabelTextField(['DEU', 'FRA'], 'en')).toEqual(['get', 'name']);
  });

  it('maps each code to its name in another language, falling back to the English name', () => {
    const field = countryLabelTextField(['DEU', 'FRA', 'XSO', 'DEU'], 'uk');
    expect(field).toEqual(['match', ['get', 'iso3'], 'DEU', 'Німеччина', 'FRA', 'Франція', ['get', 'name']]);
  });

  it('stays the English name when no code has a CLDR name', () => {
    expect(countryLabelTextField(['XSO'], 'de')).toEqual(['get', 'name']);
  });
});
