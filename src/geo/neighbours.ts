import { bbox, booleanIntersects, coordAll, pointToPolygonDistance } from '@turf/turf';
import type { CountryCollection, CountryFeature, LonLat } from './types';

/** Default gap (km) still counted as a shared border; far below any strait between real neighbours. */
export const NEIGHBOUR_TOLERANCE_KILOMETRES = 1;

const KILOMETRES_PER_DEGREE = 111.32;

/** The country's box grown by the tolerance, in degrees (longitude widened for the latitude). */
function grownBox(country: CountryFeature, toleranceKilometres: number): number[] {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(country);
  const latitudeMargin = toleranceKilometres / KILOMETRES_PER_DEGREE;
  const widestLatitude = Math.min(85, Math.max(Math.abs(south), Math.abs(north)));
  const longitudeMargin = latitudeMargin / Math.cos((widestLatitude * Math.PI) / 180);
  return [west - longitudeMargin, south - latitudeMargin, east + longitudeMargin, north + latitudeMargin];
}

function boxesOverlap(a: number[], b: number[]): boolean {
  const [aWest = 0, aSouth = 0, aEast = 0, aNorth = 0] = a;
  const [bWest = 0, bSouth = 0, bEast = 0, bNorth = 0] = b;
  return aWest <= bEast && bWest <= aEast && aSouth <= bNorth && bSouth <= aNorth;
}

function isInBox(position: LonLat, box: number[]): boolean {
  const [longitude = Number.NaN, latitude = Number.NaN] = position;
  const [west = 0, south = 0, east = 0, north = 0] = box;
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}

/** Touching or overlapping, or separated by no more than the tolerance (sliver gaps in other data). */
function sharesBorder(
  country: CountryFeature,
  countryBox: number[],
  candidate: CountryFeature,
  toleranceKilometres: number,
): boolean {
  if (booleanIntersects(country, candidate)) return true;
  if (toleranceKilometres <= 0) return false;
  return coordAll(candidate).some(
    (position) =>
      isInBox(position, countryBox) &&
      pointToPolygonDistance(position, country, { units: 'kilometers' }) <= toleranceKilometres,
  );
}

/**
 * Codes of the countries that share a land border with `iso3`, computed from the geometry:
 * polygons that touch, or come within `toleranceKilometres` of each other so that a sliver gap
 * in a source does not hide a border. Empty for an unknown code or an island state.
 */
export function neighboursOf(
  countries: CountryCollection,
  iso3: string,
  toleranceKilometres: number = NEIGHBOUR_TOLERANCE_KILOMETRES,
): string[] {
  const country = countries.features.find((candidate) => candidate.properties.iso3 === iso3);
  if (!country) return [];
  const countryBox = grownBox(country, toleranceKilometres);
  return countries.features
    .filter(
      (candidate) =>
        candidate !== country &&
        candidate.properties.iso3 !== iso3 &&
        boxesOverlap(countryBox, bbox(candidate)) &&
        sharesBorder(country, countryBox, candidate, toleranceKilometres),
    )
    .map((candidate) => candidate.properties.iso3)
    .sort();
}
