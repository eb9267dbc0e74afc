import { expect } from 'vitest';
import { type CountryCollection, countryAt, isPointInCountry } from '../../../src/geo';
import { UKRAINIAN_CHECK_POINTS } from '../../../src/geo/basemap';

/**
 * Places inside Ukraine's internationally recognised borders, occupied ones included: the build's own
 * check points (one list, so the build and the tests cannot drift apart) plus Lviv in the far west.
 */
export const UKRAINIAN_PLACES: Record<string, [number, number]> = {
  ...Object.fromEntries(
    Object.entries(UKRAINIAN_CHECK_POINTS).map(([place, [lon, lat]]) => [
      place,
      [lon, lat] as [number, number],
    ]),
  ),
  Lviv: [24.03, 49.84],
};

/** Assertions shared by the in-memory conversion and the generated file. */
export function expectRecognisedBorders(countries: CountryCollection): void {
  for (const [place, position] of Object.entries(UKRAINIAN_PLACES)) {
    expect(countryAt(countries, position), place).toBe('UKR');
    expect(isPointInCountry(countries, 'RUS', position), place).toBe(false);
  }
  expect(countryAt(countries, [37.62, 55.75]), 'Moscow').toBe('RUS');
  expect(countryAt(countries, [38.98, 45.04]), 'Krasnodar').toBe('RUS');
}
