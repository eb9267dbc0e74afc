import { expect } from 'vitest';
import { type CountryCollection, countryAt, isPointInCountry } from '../../../src/geo';

/** Places inside Ukraine's internationally recognised borders, occupied ones included. */
export const UKRAINIAN_PLACES: Record<string, [number, number]> = {
  Simferopol: [34.1, 44.95],
  Sevastopol: [33.52, 44.62],
  Kerch: [36.47, 45.36],
  Donetsk: [37.8, 48.0],
  Luhansk: [39.31, 48.57],
  Melitopol: [35.37, 46.85],
  Mariupol: [37.55, 47.1],
  Kyiv: [30.52, 50.45],
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
