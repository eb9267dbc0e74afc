import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { CountryCollection, CountryFeature, LonLat } from './types';

/** Boxes per feature object, so repeated look-ups (hover, tests) skip the vertex scan of far countries. */
const boxCache = new WeakMap<CountryFeature, number[]>();

function boxOf(country: CountryFeature): number[] {
  let box = boxCache.get(country);
  if (!box) {
    box = bbox(country);
    boxCache.set(country, box);
  }
  return box;
}

function isInBox(position: LonLat, box: number[]): boolean {
  const [longitude = Number.NaN, latitude = Number.NaN] = position;
  const [west = 0, south = 0, east = 0, north = 0] = box;
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}

function contains(country: CountryFeature, position: LonLat): boolean {
  return isInBox(position, boxOf(country)) && booleanPointInPolygon(position, country);
}

/** The `iso3` of the country containing a [longitude, latitude] position, or undefined at sea. */
export function countryAt(countries: CountryCollection, position: LonLat): string | undefined {
  return countries.features.find((country) => contains(country, position))?.properties.iso3;
}

/** True when the position lies in the country with this `iso3` (false for an unknown code). */
export function isPointInCountry(countries: CountryCollection, iso3: string, position: LonLat): boolean {
  const country = countries.features.find((candidate) => candidate.properties.iso3 === iso3);
  return country !== undefined && contains(country, position);
}
