/**
 * Build-time conversion of world-atlas into the shipped basemap. Not part of the app bundle:
 * the app only decodes the result (see `src/geo/decodeBasemap.ts`).
 */

export { type ConversionOptions, convertWorldAtlas, DEFAULT_CONVERSION_OPTIONS } from './convertWorldAtlas';
export { CRIMEA_BOX, correctCrimea } from './correctCrimea';
export { countryCodeOf, madeUpCountryCode } from './countryCodes';
export { labelCountries } from './labelCountries';
export { packBasemap } from './packBasemap';
export { simplifyOutsideEurope } from './simplifyOutsideEurope';
export {
  type BasemapTopology,
  COUNTRIES_OBJECT,
  type CountryGeometry,
  type CountryProperties,
  EUROPE_BOX,
  type LonLatBox,
} from './types';
export { UKRAINIAN_CHECK_POINTS, verifyUkraineBorders } from './verifyUkraineBorders';
